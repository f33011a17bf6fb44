import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { INTERVENTION_TYPES } from "@/lib/interventions/codes";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { updateInterventionTypeDescriptionAction: describeType } = await import("@/lib/interventions/type-descriptions/actions");
const { listInterventionTypeDescriptions } = await import("@/lib/interventions/type-descriptions/queries");
const { listAuditEvents } = await import("@/lib/audit/queries");
const { describeChanges } = await import("@/lib/audit/describe");

// An admin describes what each intervention type means, one form per type: the write names the
// version it was read at (0: the type had none), goes with its audit event, and every refusal
// answers at the form with what was typed and writes nothing.

const idle = { ok: false };
const FORBIDDEN = "Du har inte behörighet.";
const REPEATED = "Formuläret skickade samma fält mer än en gång. Ladda om sidan och försök igen.";

let admin: SessionUser;

const save = (fields: Record<string, string | string[]>) => describeType(idle, formData(fields));
const stored = async () => Object.fromEntries((await listInterventionTypeDescriptions()).map((d) => [d.type, d]));
const snapshot = async () => ({
  rows: await db.interventionTypeDescription.findMany({ orderBy: { type: "asc" } }),
  events: await db.auditEvent.count(),
});

beforeEach(async () => {
  await resetDatabase();
  admin = await createTestUser("ADMIN");
  signInAs(admin);
});

describe("describing an intervention type", () => {
  it("lists every type in the order of the codes, without a description before anyone writes one", async () => {
    expect(await listInterventionTypeDescriptions()).toEqual(INTERVENTION_TYPES.map((type) => ({ type, description: "", version: 0 })));
  });

  it("saves a first description and a change, each with its audit event", async () => {
    const first = await save({ type: "drug_controls", version: "0", description: "  Kontroller vid entréerna kvällstid.  " });
    expect(first).toEqual({ ok: true, message: "Beskrivningen av Narkotikakontroller har sparats." });
    expect((await stored()).drug_controls).toEqual({
      type: "drug_controls",
      description: "Kontroller vid entréerna kvällstid.",
      version: 1,
    });
    expect((await stored()).police_presence).toEqual({ type: "police_presence", description: "", version: 0 });

    expect(await save({ type: "drug_controls", version: "1", description: "Kontroller med hund." })).toMatchObject({ ok: true });
    expect((await stored()).drug_controls).toMatchObject({ description: "Kontroller med hund.", version: 2 });
    expect(await db.interventionTypeDescription.findUniqueOrThrow({ where: { type: "drug_controls" } })).toMatchObject({
      updatedById: admin.id,
    });

    const events = await db.auditEvent.findMany({ where: { entityType: "intervention_type" }, orderBy: { at: "asc" } });
    expect(events.map(({ type, entityId, actorId, before, after }) => ({ type, entityId, actorId, before, after }))).toEqual([
      {
        type: "intervention_type.description_saved",
        entityId: "drug_controls",
        actorId: admin.id,
        before: null,
        after: { type: "drug_controls", description: "Kontroller vid entréerna kvällstid." },
      },
      {
        type: "intervention_type.description_saved",
        entityId: "drug_controls",
        actorId: admin.id,
        before: { type: "drug_controls", description: "Kontroller vid entréerna kvällstid." },
        after: { type: "drug_controls", description: "Kontroller med hund." },
      },
    ]);
  });

  it("shows in the audit log as the type, by its label, with the text before and after", async () => {
    await save({ type: "drug_controls", version: "0", description: "Kontroller vid entréerna." });
    await save({ type: "drug_controls", version: "1", description: "Kontroller med hund." });
    const { rows } = await listAuditEvents({ entityType: "intervention_type", page: 1 });
    expect(rows.map((row) => row.entity)).toEqual([
      { entityType: "intervention_type", code: "drug_controls", label: "Narkotikakontroller" },
      { entityType: "intervention_type", code: "drug_controls", label: "Narkotikakontroller" },
    ]);
    expect(describeChanges(rows[0]!.before, rows[0]!.after)).toEqual([
      { key: "description", label: "Beskrivning", value: "Kontroller vid entréerna. → Kontroller med hund." },
    ]);
  });

  it("takes a description away with an empty text, and writes nothing for a text saved as it was", async () => {
    await save({ type: "other", version: "0", description: "Allt annat." });
    expect(await save({ type: "other", version: "1", description: "Allt annat." })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count()).toBe(1);
    expect(await save({ type: "other", version: "1", description: "" })).toMatchObject({ ok: true });
    expect((await stored()).other).toEqual({ type: "other", description: "", version: 2 });
  });

  it("refuses a stale version with a conflict: the stored text beside the sent one, kept in the form, nothing overwritten", async () => {
    await save({ type: "camera_surveillance", version: "0", description: "Kameror vid torget." });
    await save({ type: "camera_surveillance", version: "1", description: "Kameror vid torget och i gången." });
    const before = await snapshot();
    const stale = await save({ type: "camera_surveillance", version: "1", description: "Kameror dygnet runt." });
    expect(stale).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Någon annan har ändrat uppgifterna/),
      conflict: [{ label: "Beskrivning", stored: "Kameror vid torget och i gången.", submitted: "Kameror dygnet runt." }],
      values: { type: "camera_surveillance", version: "1", description: "Kameror dygnet runt." },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("lets only one of two first descriptions from version 0 through", async () => {
    const results = await Promise.all([
      save({ type: "social_outreach", version: "0", description: "Fältassistenter." }),
      save({ type: "social_outreach", version: "0", description: "Socialtjänstens uppsökare." }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ formError: expect.stringMatching(/^Någon annan/) });
    expect(await db.auditEvent.count({ where: { entityType: "intervention_type" } })).toBe(1);
    expect((await stored()).social_outreach?.version).toBe(1);
  });
});

describe("refusals, each writing nothing and keeping what was typed", () => {
  it.each([
    ["a steering member", () => createTestUser("STEERING")],
    ["a police analyst", () => createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] })],
    ["a municipal representative", () => createTestUser("MUNICIPAL_REP", { municipalityCode: "0180" })],
  ])("refuses %s", async (_who, make) => {
    signInAs(await make());
    const before = await snapshot();
    expect(await save({ type: "police_presence", version: "0", description: "Mer polis." })).toMatchObject({
      ok: false,
      formError: FORBIDDEN,
      values: { description: "Mer polis." },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses nobody signed in", async () => {
    signInAs(null);
    const before = await snapshot();
    expect(await save({ type: "police_presence", version: "0", description: "Mer polis." })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a type code that is not in the list", async () => {
    const before = await snapshot();
    expect(await save({ type: "mayor_visits", version: "0", description: "Besök." })).toMatchObject({
      ok: false,
      fieldErrors: { type: ["Insatstypen finns inte. Ladda om sidan och försök igen."] },
      values: { type: "mayor_visits", description: "Besök." },
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["type", { type: ["police_presence", "drug_controls"], version: "0", description: "Text." }],
    ["version", { type: "police_presence", version: ["0", "5"], description: "Text." }],
    ["description", { type: "police_presence", version: "0", description: ["En.", "Två."] }],
  ])("refuses the field %s sent twice", async (field, fields) => {
    const before = await snapshot();
    expect(await save(fields)).toMatchObject({ ok: false, formError: REPEATED, fieldErrors: { [field]: [REPEATED] } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a text over 1000 characters, and one with a personal identity number, at the field", async () => {
    const before = await snapshot();
    const long = "a".repeat(1001);
    expect(await save({ type: "other", version: "0", description: long })).toMatchObject({
      ok: false,
      fieldErrors: { description: ["Beskrivningen får vara högst 1000 tecken."] },
      values: { description: long },
    });
    expect(await save({ type: "other", version: "0", description: "Kontakt 19121212-1212." })).toMatchObject({
      ok: false,
      fieldErrors: { description: [expect.stringMatching(/personnummer/)] },
    });
    expect(await snapshot()).toEqual(before);
  });
});
