import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoScenes } from "@/prisma/seed/demo-scenes";
import { getScene, listMapScenes, listScenes } from "@/lib/scenes/queries";
import { sceneFiltersSchema } from "@/lib/scenes/schemas";
import { createTestUser, resetDatabase } from "./helpers";

const all = sceneFiltersSchema.parse({});
const names = async (user: Parameters<typeof listScenes>[0]) => (await listScenes(user, all)).rows.map((s) => s.name).sort();

beforeAll(async () => {
  await resetDatabase();
  await seedDemoScenes(db);
});

describe("the scope of scenes", () => {
  it("shows a municipal representative the scenes of their municipality only, also by direct reference", async () => {
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    expect(await names(rep)).toEqual(["Barkarby station", "Jakobsbergs centrum"]);
    expect(await getScene(rep, "S-0005")).not.toBeNull();
    expect(await getScene(rep, "S-0001")).toBeNull();
    expect((await listMapScenes(rep, {})).map((s) => s.ref).sort()).toEqual(["S-0005", "S-0006"]);
  });

  it("shows a police analyst the scenes of their LPOs", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Södermalm"] });
    expect(await names(analyst)).toEqual(["Mariatorget", "Medborgarplatsen", "Skanstull"]);
    expect(await getScene(analyst, "S-0005")).toBeNull();
  });

  it("shows the steering group and admins the whole county", async () => {
    for (const role of ["STEERING", "ADMIN"] as const) {
      expect(await names(await createTestUser(role))).toHaveLength(9);
    }
  });

  it("filters by year followed and by status", async () => {
    const steering = await createTestUser("STEERING");
    const in2024 = await listScenes(steering, sceneFiltersSchema.parse({ ar: "2024" }));
    expect(in2024.rows.map((s) => s.name)).not.toContain("Kista gångtunnel");
    expect(in2024.total).toBe(7);
    const closed = await listScenes(steering, sceneFiltersSchema.parse({ status: "CLOSED" }));
    expect(closed.rows.map((s) => s.name)).toEqual(["Kista gångtunnel"]);
  });

  it("keeps the lineage of a merged scene", async () => {
    const steering = await createTestUser("STEERING");
    const mariatorget = await getScene(steering, "S-0008");
    expect(mariatorget?.successors.map((l) => [l.kind, l.to.ref])).toEqual([["MERGED_INTO", "S-0007"]]);
  });
});
