import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n";
import { AUDIT_EVENT_TYPES, auditFiltersSchema, groupEventTypes } from "./schemas";

describe("auditFiltersSchema", () => {
  it("reads the filters from the query string", () => {
    expect(
      auditFiltersSchema.parse({
        actor: "a@b.se",
        entityType: "scene",
        type: "scene.closed",
        from: "2026-01-01",
        to: "2026-01-31",
        page: "3",
      }),
    ).toEqual({
      actor: "a@b.se",
      entityType: "scene",
      type: "scene.closed",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    });
  });

  it("drops what is malformed instead of failing", () => {
    expect(
      auditFiltersSchema.parse({ actor: "", entityType: "Scene", type: "scene.deleted", from: "2026-02-30", to: "igår", page: "-1" }),
    ).toEqual({ page: 1 });
  });
});

describe("AUDIT_EVENT_TYPES", () => {
  it("lists every event type of the union, each with a Swedish label", () => {
    expect(AUDIT_EVENT_TYPES).toEqual(expect.arrayContaining(["user.created", "scene.merged", "assessment.viewed", "assessment.imported"]));
    expect(new Set(AUDIT_EVENT_TYPES).size).toBe(AUDIT_EVENT_TYPES.length);
    for (const type of AUDIT_EVENT_TYPES) expect(messages.audit.events[type]).toMatch(/^[A-ZÅÄÖ]/);
  });
});

describe("groupEventTypes", () => {
  it("puts every type under exactly one heading, exports beside API reads", () => {
    const groups = groupEventTypes();
    expect(groups.flatMap((g) => g.types).sort()).toEqual([...AUDIT_EVENT_TYPES].sort());
    expect(groups.find((g) => g.label === "Inloggning och sessioner")?.types).toEqual(
      expect.arrayContaining(["auth.signed_in", "auth.sign_in_failed", "auth.signed_out"]),
    );
    expect(groups.find((g) => g.label === "Export och API")?.types).toEqual(["export.downloaded", "api.read"]);
  });
});
