import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";
import { readCsv } from "../support/csv";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET } = await import("@/app/(app)/admin/logg/export.csv/route");
const { listAuditEvents } = await import("@/lib/audit/queries");
const { auditFiltersSchema } = await import("@/lib/audit/schemas");

// The audit log as CSV for an auditor: every event the filters match (not one page), in words,
// for admins only, and itself on record.

/** The CSV's rows by column name. */
const readRows = async (response: Response) => (await readCsv(response)).rows;

const download = (query = "") => GET(new Request(`http://localhost/admin/logg/export.csv${query}`));

let admin: SessionUser;
let analyst: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  admin = await createTestUser("ADMIN");
  analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
});

/** Many sign-ins (more than one batch of the stream), one failure, and one read. */
async function seedLog(signIns: number) {
  const start = Date.parse("2026-01-10T08:00:00Z");
  await db.auditEvent.createMany({
    data: Array.from({ length: signIns }, (_, i) => ({
      at: new Date(start + i * 60_000),
      type: "auth.signed_in",
      entityType: "user",
      entityId: analyst.id,
      actorId: analyst.id,
      actorEmail: analyst.email,
      after: { method: "password", address: `10.0.${Math.floor(i / 250)}.${i % 250}` },
    })),
  });
  await db.auditEvent.create({
    data: {
      at: new Date("2026-01-09T08:00:00Z"),
      type: "auth.sign_in_failed",
      entityType: "sign_in",
      entityId: "nobody@test.se",
      after: { method: "password", address: "10.9.9.9", reason: "invalid" },
    },
  });
  await db.auditEvent.create({
    data: {
      at: new Date("2026-01-09T09:00:00Z"),
      type: "api.read",
      entityType: "api",
      entityId: "stats",
      actorId: analyst.id,
      actorEmail: analyst.email,
      after: { year: 2025, filters: {}, rows: 26, via: "session" },
    },
  });
}

describe("GET /admin/logg/export.csv", () => {
  it("holds every event the filters match, in pages' order, not only the first page", async () => {
    await seedLog(1203);
    signInAs(admin);
    const response = await download("?type=auth.signed_in");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="granskningslogg.csv"');
    const rows = await readRows(response);
    expect(rows).toHaveLength(1203);
    expect(new Set(rows.map((r) => r["Händelsekod"]))).toEqual(new Set(["auth.signed_in"]));
    // Newest first, as the page shows them; its first page is the file's first rows.
    const page = await listAuditEvents(auditFiltersSchema.parse({ type: "auth.signed_in" }));
    expect(rows.slice(0, page.rows.length).map((r) => r["Uppgifter"])).toEqual(
      page.rows.map((r) => `Inloggningssätt: Lösenord\nAdress: ${(r.after as { address: string }).address}`),
    );
    expect(rows.at(-1)?.["Uppgifter"]).toContain("Adress: 10.0.0.0");
    expect(new Set(rows.map((r) => r["Uppgifter"])).size).toBe(1203);
  });

  it("names people, records and reads in words beside the stored codes", async () => {
    await seedLog(1);
    signInAs(admin);
    const rows = await readRows(await download());
    const read = rows.find((r) => r["Händelsekod"] === "api.read");
    expect(read).toMatchObject({
      Person: analyst.name,
      "E-postadress": analyst.email,
      Händelse: "Läsning via API",
      "Typ av post": "API",
      Post: "Statistik",
      "Post-id": "stats",
    });
    // One line a field, in the order PostgreSQL keeps a JSON object's keys.
    expect(read?.["Uppgifter"]?.split("\n").sort()).toEqual(["Antal rader: 26", "Filter: inga", "Via: Inloggad session", "År: 2025"]);
    const signIn = rows.find((r) => r["Händelsekod"] === "auth.signed_in");
    expect(signIn).toMatchObject({ Person: analyst.name, Post: `${analyst.name} (${analyst.email})`, "Post-id": analyst.id });
    const failed = rows.find((r) => r["Händelsekod"] === "auth.sign_in_failed");
    expect(failed).toMatchObject({ Person: "System", Händelse: "Misslyckad inloggning", Post: "nobody@test.se" });
    expect(failed?.["Uppgifter"]).toContain("Orsak: Fel e-postadress eller lösenord");
    expect(rows.map((r) => r["Tid"])).toContain("2026-01-09 10:00"); // Stockholm time
  });

  it("names the changed answers by their questions", async () => {
    const definition = questionnaireVersion1(2025) as object;
    await db.questionnaireVersion.upsert({ where: { year: 2025 }, create: { year: 2025, definition }, update: { definition } });
    await db.auditEvent.create({
      data: {
        type: "assessment.saved",
        entityType: "assessment",
        entityId: "gone",
        actorId: analyst.id,
        actorEmail: analyst.email,
        before: { status: "DRAFT", answers: {} },
        after: { status: "DRAFT", answers: { is_open_drug_scene: true } },
      },
    });
    signInAs(admin);
    const [row] = (await readRows(await download("?type=assessment.saved"))).filter((r) => r["Händelsekod"] === "assessment.saved");
    expect(row?.["Uppgifter"]).toBe("Ändrade svar: Är platsen en öppen drogscen i år enligt definitionen?");
  });

  it("is itself on record as an export, with its filters and row count", async () => {
    await seedLog(3);
    signInAs(admin);
    const rows = await readRows(await download(`?type=auth.signed_in&actor=${encodeURIComponent(analyst.email)}&from=2026-01-01&page=2`));
    expect(rows).toHaveLength(3);
    const events = await db.auditEvent.findMany({ where: { type: "export.downloaded" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "export",
      entityId: "audit.csv",
      actorId: admin.id,
      after: {
        year: null,
        filters: { person: analyst.email, eventType: "auth.signed_in", from: "2026-01-01" },
        rows: 3,
        via: "session",
      },
    });
    // The next download holds the first one's event.
    const again = await readRows(await download("?type=export.downloaded"));
    expect(again.map((r) => r["Post"])).toEqual(["Granskningslogg (CSV)"]);
  });

  it("drops a filter sent twice, as the page does, instead of taking one of them", async () => {
    await seedLog(2);
    signInAs(admin);
    const rows = await readRows(await download("?type=auth.signed_in&type=api.read"));
    expect(rows).toHaveLength(4);
  });

  it("is refused to everyone but an admin, and leaves no event then", async () => {
    await seedLog(2);
    for (const role of ["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const) {
      signInAs(await createTestUser(role, role === "MUNICIPAL_REP" ? { municipalityCode: "0123" } : {}));
      const response = await download();
      expect(response.status, role).toBe(403);
      expect(await response.text()).not.toContain(analyst.email);
    }
    signInAs(null);
    expect((await download()).status).toBe(401);
    expect(await db.auditEvent.count({ where: { type: "export.downloaded" } })).toBe(0);
  });
});
