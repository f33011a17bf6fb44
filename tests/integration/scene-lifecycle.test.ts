import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, currentUser, formData, resetDatabase, signInAs } from "./helpers";
import { sceneForm, squareAround } from "./scene-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { closeSceneAction, createSceneAction, mergeSceneAction, splitSceneAction } = await import("@/lib/scenes/actions");

const idle = { ok: false };

beforeEach(resetDatabase);

/** Three active scenes in Järfälla (S-0001 … S-0003), registered by an admin. */
async function threeScenes() {
  signInAs(await createTestUser("ADMIN"));
  const spots = [
    [59.4225, 17.835],
    [59.4036, 17.869],
    [59.43, 17.84],
  ] as const;
  for (const [lat, lng] of spots) {
    const form = await sceneForm("jakobsberg", {
      name: `Plats ${lat}`,
      lat: String(lat),
      lng: String(lng),
      extent: squareAround(lat, lng),
    });
    await createSceneAction(idle, formData(form)).catch(() => undefined);
  }
  return db.scene.findMany({ orderBy: { number: "asc" } });
}

describe("closing, merging and splitting", () => {
  it("closes a scene with its last year and audits it", async () => {
    const [scene] = await threeScenes();
    await expect(closeSceneAction(idle, formData({ id: scene!.id, version: "1", lastYear: "2024" }))).rejects.toMatchObject({
      digest: expect.stringContaining("notice=scene-closed"),
    });
    expect(await db.scene.findUniqueOrThrow({ where: { id: scene!.id } })).toMatchObject({ status: "CLOSED", lastYear: 2024 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "scene.closed" } });
    expect(event).toMatchObject({ before: { status: "ACTIVE", lastYear: null }, after: { status: "CLOSED", lastYear: 2024 } });
  });

  it("refuses a last year before the first", async () => {
    const [scene] = await threeScenes();
    const state = await closeSceneAction(idle, formData({ id: scene!.id, version: "1", lastYear: "2020" }));
    expect(state.fieldErrors?.lastYear).toEqual(["Sista året kan inte ligga före det år platsen började följas."]);
    expect((await db.scene.findUniqueOrThrow({ where: { id: scene!.id } })).status).toBe("ACTIVE");
  });

  it("merges a scene into another and keeps the lineage", async () => {
    const [from, into] = await threeScenes();
    await mergeSceneAction(idle, formData({ id: from!.id, version: "1", lastYear: "2024", targetId: into!.id })).catch(() => undefined);
    expect(await db.scene.findUniqueOrThrow({ where: { id: from!.id } })).toMatchObject({ status: "MERGED", lastYear: 2024 });
    expect(await db.sceneLink.findMany()).toMatchObject([{ fromId: from!.id, toId: into!.id, kind: "MERGED_INTO", year: 2024 }]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { type: "scene.merged" } })).toMatchObject({ after: { successors: ["S-0002"] } });
  });

  it("splits a scene into two others", async () => {
    const [from, a, b] = await threeScenes();
    await splitSceneAction(idle, formData({ id: from!.id, version: "1", lastYear: "2025", targetIds: [a!.id, b!.id] })).catch(
      () => undefined,
    );
    expect(await db.scene.findUniqueOrThrow({ where: { id: from!.id } })).toMatchObject({ status: "SPLIT", lastYear: 2025 });
    expect(await db.sceneLink.count({ where: { fromId: from!.id, kind: "SPLIT_INTO" } })).toBe(2);
  });

  it("refuses to merge a scene into itself or into a scene out of the user's scope", async () => {
    const [from] = await threeScenes();
    expect(
      (await mergeSceneAction(idle, formData({ id: from!.id, version: "1", lastYear: "2024", targetId: from!.id }))).fieldErrors?.targetId,
    ).toEqual(["Välj aktiva platser i ditt område, inte platsen själv."]);
    signInAs(await createTestUser("ADMIN"));
    await createSceneAction(idle, formData(await sceneForm("rinkeby"))).catch(() => undefined);
    const rinkeby = await db.scene.findUniqueOrThrow({ where: { ref: "S-0004" } });
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] }));
    const state = await mergeSceneAction(idle, formData({ id: from!.id, version: "1", lastYear: "2024", targetId: rinkeby.id }));
    expect(state.fieldErrors?.targetId).toBeDefined();
    expect(await db.sceneLink.count()).toBe(0);
  });

  it("refuses to change a scene that is no longer active", async () => {
    const [scene] = await threeScenes();
    await closeSceneAction(idle, formData({ id: scene!.id, version: "1", lastYear: "2024" })).catch(() => undefined);
    const again = await closeSceneAction(idle, formData({ id: scene!.id, version: "2", lastYear: "2025" }));
    expect(again.formError).toMatch(/bara en aktiv plats/);
  });

  it.each([
    ["STEERING", {}],
    ["MUNICIPAL_REP", { municipalityCode: "0123" }],
    ["POLICE_ANALYST", { policeAreas: ["Järva"] }],
  ] as const)("refuses every lifecycle action to a %s", async (role, scope) => {
    const [scene, a, b] = await threeScenes();
    signInAs(await createTestUser(role, scope));
    const base = { id: scene!.id, version: "1", lastYear: "2024" };
    for (const state of [
      await closeSceneAction(idle, formData(base)),
      await mergeSceneAction(idle, formData({ ...base, targetId: a!.id })),
      await splitSceneAction(idle, formData({ ...base, targetIds: [a!.id, b!.id] })),
    ]) {
      expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    }
    expect((await db.scene.findUniqueOrThrow({ where: { id: scene!.id } })).status).toBe("ACTIVE");
    expect(await db.auditEvent.count({ where: { entityType: "scene", type: { not: "scene.created" } } })).toBe(0);
  });
});
