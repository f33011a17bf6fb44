import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, currentUser, signInAs } from "./helpers";
import { jarfallaScene, resetImports, tableCounts } from "./import-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { importAction } = await import("@/lib/import/actions");

const idle = { ok: false };

beforeEach(resetImports);
afterAll(resetImports);

describe("importAction", () => {
  const upload = (content: string, name = "import.json") => {
    const data = new FormData();
    data.append("file", new File([content], name, { type: "application/json" }));
    return data;
  };
  const smallFile = JSON.stringify({
    format: "oppna-drogscener/import-v1",
    scenes: [jarfallaScene("T-20", [{ year: 2024, status: "cosigned", isOpenDrugScene: true }])],
  });

  it("imports as the signed-in admin, who is named on the signatures and in the audit log", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    const state = await importAction(idle, upload(smallFile, "gamla-systemet.json"));
    expect(state).toMatchObject({
      ok: true,
      message: "Importen av gamla-systemet.json är klar.",
      summary: { scenes: { created: 1 }, assessments: { created: 1 } },
    });
    const signatures = await db.assessmentSignature.findMany({ orderBy: { at: "asc" } });
    expect(signatures.map((s) => [s.decision, s.userId, s.userName, s.role, s.imported])).toEqual([
      ["SUBMITTED", admin.id, admin.name, "ADMIN", true],
      ["COSIGNED", admin.id, admin.name, "ADMIN", true],
    ]);
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events).toMatchObject([
      {
        type: "scene.imported",
        actorId: admin.id,
        actorEmail: admin.email,
        comment: "Import via webben: gamla-systemet.json",
        before: null,
      },
      { type: "assessment.imported", actorId: admin.id, comment: "Import via webben: gamla-systemet.json", before: null },
    ]);
  });

  it("answers a missing file, a file that is not JSON and a file with errors at the right place", async () => {
    signInAs(await createTestUser("ADMIN"));
    expect((await importAction(idle, new FormData())).fieldErrors?.file).toEqual(["Välj en JSON-fil att importera."]);
    expect((await importAction(idle, upload("{ inte json"))).fieldErrors?.file?.[0]).toMatch(/^Filen är inte giltig JSON: /);
    const bad = await importAction(idle, upload(smallFile.replace('"0123"', '"0999"')));
    expect(bad).toMatchObject({
      ok: false,
      formError: "Filen innehåller 1 fel. Ingenting har importerats.",
      issues: [{ path: "scenes[0].municipalityCode", message: "Okänd kommunkod 0999." }],
    });
    expect(await db.scene.count()).toBe(0);
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)("refuses a %s and writes nothing", async (role) => {
    signInAs(await createTestUser(role, { policeAreas: ["Järfälla"], municipalityCode: "0123" }));
    const before = await tableCounts();
    const state = await importAction(idle, upload(smallFile));
    expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses an anonymous caller and writes nothing", async () => {
    signInAs(null);
    const state = await importAction(idle, upload(smallFile));
    expect(state).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await tableCounts()).toEqual({ scenes: 0, assessments: 0, signatures: 0, events: 0, questionnaires: expect.any(Number) });
  });
});
