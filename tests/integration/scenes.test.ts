import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, currentUser, formData, getPoliceAreaId, resetDatabase, signInAs } from "./helpers";
import { sceneForm, squareAround } from "./scene-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createSceneAction, updateSceneAction } = await import("@/lib/scenes/actions");

const getDistrictId = async (name: string) => (await db.district.findUniqueOrThrow({ where: { name } })).id;

const idle = { ok: false };
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(path) });

beforeEach(resetDatabase);

describe("createSceneAction", () => {
  it("registers a scene with a new reference and its computed area, and audits it", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    signInAs(analyst);
    await expect(createSceneAction(idle, formData(await sceneForm("rinkeby")))).rejects.toEqual(
      redirectTo("/platser/S-0001?notice=scene-created"),
    );
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    expect(scene).toMatchObject({ name: "Plats vid rinkeby", status: "ACTIVE", municipalityCode: "0180", firstYear: 2023 });
    expect(scene.areaM2).toBeGreaterThan(5_000);
    expect(scene.areaM2).toBeLessThan(7_000);
    const events = await db.auditEvent.findMany({ where: { entityType: "scene", entityId: scene.id } });
    expect(events).toMatchObject([
      { type: "scene.created", actorId: analyst.id, before: null, after: { ref: "S-0001", areaM2: scene.areaM2 } },
    ]);
  });

  it("never reuses a reference", async () => {
    signInAs(await createTestUser("ADMIN"));
    await expect(createSceneAction(idle, formData(await sceneForm("rinkeby")))).rejects.toEqual(redirectTo("S-0001"));
    await db.scene.deleteMany();
    await expect(createSceneAction(idle, formData(await sceneForm("jakobsberg")))).rejects.toEqual(redirectTo("S-0002"));
  });

  it("refuses an LPO that does not cover the place, at the field, and writes nothing", async () => {
    signInAs(await createTestUser("ADMIN"));
    const state = await createSceneAction(idle, formData(await sceneForm("rinkeby", { policeAreaId: await getPoliceAreaId("Järfälla") })));
    expect(state.fieldErrors?.policeAreaId).toEqual([
      "Lokalpolisområde Järfälla omfattar inte stadsdelsområde Järva. Välj det lokalpolisområde som ansvarar för platsen.",
    ]);
    expect(state.values).toMatchObject({ name: "Plats vid rinkeby", lat: "59.388" });
    expect(await db.scene.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses an LPO that is no longer valid (Norrmalm, until 2024)", async () => {
    signInAs(await createTestUser("ADMIN"));
    const lidingo = { municipalityCode: "0186", districtId: "", lat: "59.3667", lng: "18.1333", extent: squareAround(59.3667, 18.1333) };
    const state = await createSceneAction(
      idle,
      formData(await sceneForm("rinkeby", { ...lidingo, policeAreaId: await getPoliceAreaId("Norrmalm") })),
    );
    expect(state.fieldErrors?.policeAreaId?.[0]).toMatch(/Norrmalm omfattar inte Lidingö kommun/);
  });

  it("gives every field's error at once and keeps what was typed", async () => {
    signInAs(await createTestUser("ADMIN"));
    const state = await createSceneAction(
      idle,
      formData(await sceneForm("jakobsberg", { name: "", lat: "57.7", lng: "11.97", districtId: await getDistrictId("Järva") })),
    );
    expect(state.fieldErrors).toMatchObject({
      name: ["Ange platsens namn."],
      lat: [expect.stringMatching(/utanför Stockholms län/)],
      districtId: [expect.stringMatching(/bara för platser i Stockholms stad/)],
    });
    expect(state.values).toMatchObject({ lat: "57.7", lng: "11.97" });
  });

  it("requires a district in Stockholm city when the point cannot give one (no boundaries loaded)", async () => {
    signInAs(await createTestUser("ADMIN"));
    const state = await createSceneAction(idle, formData(await sceneForm("rinkeby", { districtId: "" })));
    expect(state.fieldErrors?.districtId).toEqual([expect.stringMatching(/krävs för en plats i Stockholms stad/)]);
    expect(await db.scene.count()).toBe(0);
  });

  it("refuses a self-crossing polygon at the extent field", async () => {
    signInAs(await createTestUser("ADMIN"));
    const { lat, lng } = { lat: 59.388, lng: 17.9285 };
    const bowTie = JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [lng, lat],
          [lng + 0.001, lat + 0.001],
          [lng + 0.001, lat],
          [lng, lat + 0.001],
          [lng, lat],
        ],
      ],
    });
    const state = await createSceneAction(idle, formData(await sceneForm("rinkeby", { extent: bowTie })));
    expect(state.fieldErrors?.extent).toEqual(["Polygonen korsar sig själv. Rita om den så att kanterna inte skär varandra."]);
    expect(state.values?.extent).toBe(bowTie);
  });

  it("does not let an analyst register a scene in another LPO", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const state = await createSceneAction(idle, formData(await sceneForm("jakobsberg")));
    expect(state.fieldErrors?.policeAreaId).toEqual(["Du kan bara registrera platser i dina egna lokalpolisområden."]);
    expect(await db.scene.count()).toBe(0);
  });

  it.each([
    ["STEERING", {}],
    ["MUNICIPAL_REP", { municipalityCode: "0123" }],
  ] as const)("refuses a %s posting the action directly", async (role, scope) => {
    signInAs(await createTestUser(role, scope));
    const state = await createSceneAction(idle, formData(await sceneForm("jakobsberg")));
    expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await db.scene.count()).toBe(0);
  });
});

describe("updateSceneAction", () => {
  async function createdScene() {
    signInAs(await createTestUser("ADMIN"));
    await createSceneAction(idle, formData(await sceneForm("jakobsberg"))).catch(() => undefined);
    return db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
  }

  it("saves a change from the version the user saw, and audits before and after", async () => {
    const scene = await createdScene();
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] }));
    const form = await sceneForm("jakobsberg", { id: scene.id, version: "1", name: "Jakobsbergs torg" });
    await expect(updateSceneAction(idle, formData(form))).rejects.toEqual(redirectTo("/platser/S-0001?notice=scene-updated"));
    expect(await db.scene.findUniqueOrThrow({ where: { id: scene.id } })).toMatchObject({ name: "Jakobsbergs torg", version: 2 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "scene.updated" } });
    expect(event).toMatchObject({ entityId: scene.id, before: { name: "Plats vid jakobsberg" }, after: { name: "Jakobsbergs torg" } });
  });

  it("answers a stale version with a conflict and the user's input, overwriting nothing", async () => {
    const scene = await createdScene();
    const first = await sceneForm("jakobsberg", { id: scene.id, version: "1", name: "Först" });
    await updateSceneAction(idle, formData(first)).catch(() => undefined);
    const second = await updateSceneAction(idle, formData({ ...first, name: "Sedan" }));
    expect(second).toMatchObject({ ok: false, formError: expect.stringMatching(/Någon annan har ändrat/), values: { name: "Sedan" } });
    expect((await db.scene.findUniqueOrThrow({ where: { id: scene.id } })).name).toBe("Först");
  });

  it.each([
    ["STEERING", {}],
    ["MUNICIPAL_REP", { municipalityCode: "0123" }],
    ["POLICE_ANALYST", { policeAreas: ["Järva"] }],
  ] as const)("refuses a %s posting the action directly", async (role, scope) => {
    const scene = await createdScene();
    signInAs(await createTestUser(role, scope));
    const state = await updateSceneAction(idle, formData(await sceneForm("jakobsberg", { id: scene.id, version: "1", name: "Kapad" })));
    expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect((await db.scene.findUniqueOrThrow({ where: { id: scene.id } })).name).toBe("Plats vid jakobsberg");
  });
});
