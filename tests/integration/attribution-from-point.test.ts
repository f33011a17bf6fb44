import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { expectPlace } from "@/lib/areas/point-attribution";
import { locatePoint } from "@/lib/areas/point-lookup";
import { importBoundariesFromFile } from "@/lib/map/import-boundaries";
import { runImport } from "@/lib/import/run-import";
import { IMPORT_FORMAT } from "@/lib/import/format";
import { createTestUser, currentUser, formData, getPoliceAreaId, resetDatabase, signInAs } from "./helpers";
import { cli, jarfallaScene, tableCounts } from "./import-fixtures";
import { assessmentForm, createAssessmentIn, createCast } from "./assessment-fixtures";
import { sceneForm, squareAround } from "./scene-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createSceneAction } = await import("@/lib/scenes/actions");
const { saveAssessmentAction } = await import("@/lib/assessments/actions");
const { GET: lookUp } = await import("@/app/api/indelning/route");

const lookUpAt = (query: string) => lookUp(new Request(`http://localhost/api/indelning?${query}`));

// The real boundary files: SCB's municipalities beside the project (CC BY, not in the repository),
// Stockholm city's district areas and stadsdelar shipped in prisma/seed/geo.
const municipalitiesFile = path.resolve("../shared/data/stockholms-lan-kommuner.geojson");
const cityFiles = ["prisma/seed/geo/stockholm-stadsdelsomraden.geojson", "prisma/seed/geo/stockholm-stadsdelar.geojson"];
const withMunicipalities = existsSync(municipalitiesFile);

const points = {
  akersberga: { lat: 59.4797, lng: 18.2996 },
  husby: { lat: 59.4098, lng: 17.926 },
  hogdalen: { lat: 59.2637, lng: 18.0427 },
  arsta: { lat: 59.2987, lng: 18.0517 },
};

const idle = { ok: false };

async function loadBoundaries() {
  for (const file of [...(withMunicipalities ? [municipalitiesFile] : []), ...cityFiles]) {
    const result = await importBoundariesFromFile(path.resolve(file));
    if (!result.ok) throw new Error(result.errors.join("\n"));
  }
}

async function expectedAt(point: { lat: number; lng: number }) {
  const located = await locatePoint(db, point);
  const place = expectPlace(located!, "2026-06-01");
  return {
    municipalities: place.municipalities.map((m) => m.code),
    districts: place.districts.map((d) => d.name),
    policeAreas: place.policeAreas.map((a) => a.name),
    where: place.where,
  };
}

describe("the point lookup against the real boundaries", () => {
  beforeAll(async () => {
    await resetDatabase();
    await loadBoundaries();
  });

  it.skipIf(!withMunicipalities)("puts Åkersberga in Österåker (0117), LPO Södra Roslagen", async () => {
    expect(await expectedAt(points.akersberga)).toEqual({
      municipalities: ["0117"],
      districts: [],
      policeAreas: ["Södra Roslagen"],
      where: "Österåker",
    });
  });

  it("puts Husby in Stockholm, Järva, LPO Järva", async () => {
    expect(await expectedAt(points.husby)).toEqual({
      municipalities: ["0180"],
      districts: ["Järva"],
      policeAreas: ["Järva"],
      where: "Husby",
    });
  });

  it("splits Enskede-Årsta-Vantör by the stadsdel: Högdalen in LPO Farsta, Årsta in LPO Globen", async () => {
    expect(await expectedAt(points.hogdalen)).toMatchObject({
      districts: ["Enskede-Årsta-Vantör"],
      policeAreas: ["Farsta"],
      where: "Högdalen",
    });
    expect(await expectedAt(points.arsta)).toMatchObject({ districts: ["Enskede-Årsta-Vantör"], policeAreas: ["Globen"], where: "Årsta" });
  });

  it("puts every demo scene where its stated place is", async () => {
    const { demoScenes } = await import("@/prisma/seed/demo-scenes");
    for (const scene of demoScenes) {
      const expected = await expectedAt(scene);
      if (expected.municipalities.length) expect(expected.municipalities, scene.name).toContain(scene.municipalityCode);
      if (scene.district) expect(expected.districts, scene.name).toContain(scene.district);
      if (expected.policeAreas.length) expect(expected.policeAreas, scene.name).toContain(scene.policeArea);
    }
  });

  it("says nothing when no boundaries are loaded", async () => {
    await resetDatabase();
    expect(await locatePoint(db, points.husby)).toBeNull();
    await loadBoundaries();
  });
});

describe.skipIf(!withMunicipalities)("saving a scene whose place is not where its point lies", () => {
  beforeEach(async () => {
    await resetDatabase();
    await loadBoundaries();
  });

  const inAkersberga = async () =>
    sceneForm("rinkeby", {
      ...{ lat: String(points.akersberga.lat), lng: String(points.akersberga.lng) },
      extent: squareAround(points.akersberga.lat, points.akersberga.lng),
    });

  it("is refused at the municipality, naming where the point lies, and nothing is written", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const state = await createSceneAction(idle, formData(await inAkersberga()));
    expect(state.fieldErrors?.municipalityCode).toEqual(["Punkten ligger i Österåker (0117), inte i Stockholm."]);
    expect(await db.scene.count()).toBe(0);
  });

  it("is kept when an admin overrides with a reason, recorded in the audit event", async () => {
    signInAs(await createTestUser("ADMIN"));
    const form = { ...(await inAkersberga()), overrideAttribution: "on", overrideReason: "Polisens beslut om ansvar." };
    await expect(createSceneAction(idle, formData(form))).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("S-0001") }),
    );
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" } });
    expect(scene.municipalityCode).toBe("0180");
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: scene.id, type: "scene.created" } });
    expect(event.comment).toBe(
      "Indelningen avviker från punkten: Punkten ligger i Österåker (0117), inte i Stockholm. Skäl: Polisens beslut om ansvar.",
    );
  });

  it("refuses an override by anyone but an admin, and an override without a reason", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const form = { ...(await inAkersberga()), overrideAttribution: "on", overrideReason: "Jag vill." };
    expect((await createSceneAction(idle, formData(form))).fieldErrors?.overrideReason?.[0]).toMatch(/Endast en administratör/);
    signInAs(await createTestUser("ADMIN"));
    const noReason = { ...(await inAkersberga()), overrideAttribution: "on" };
    expect((await createSceneAction(idle, formData(noReason))).fieldErrors?.overrideReason?.[0]).toMatch(/skälet/);
    expect(await db.scene.count()).toBe(0);
  });

  it("fills in empty fields from the point, as the form without JavaScript sends them", async () => {
    signInAs(await createTestUser("ADMIN"));
    const form = await sceneForm("rinkeby", {
      municipalityCode: "",
      policeAreaId: "",
      districtId: "",
      lat: String(points.hogdalen.lat),
      lng: String(points.hogdalen.lng),
      extent: squareAround(points.hogdalen.lat, points.hogdalen.lng),
    });
    await expect(createSceneAction(idle, formData(form))).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("S-0001") }),
    );
    const scene = await db.scene.findUniqueOrThrow({ where: { ref: "S-0001" }, include: { district: true, policeArea: true } });
    expect(scene).toMatchObject({ municipalityCode: "0180", district: { name: "Enskede-Årsta-Vantör" }, policeArea: { name: "Farsta" } });
  });

  it("refuses Globen for Högdalen at the LPO", async () => {
    signInAs(await createTestUser("ADMIN"));
    const district = await db.district.findUniqueOrThrow({ where: { name: "Enskede-Årsta-Vantör" } });
    const form = await sceneForm("rinkeby", {
      districtId: district.id,
      policeAreaId: await getPoliceAreaId("Globen"),
      lat: String(points.hogdalen.lat),
      lng: String(points.hogdalen.lng),
      extent: squareAround(points.hogdalen.lat, points.hogdalen.lng),
    });
    expect((await createSceneAction(idle, formData(form))).fieldErrors).toEqual({
      policeAreaId: ["Punkten ligger i Högdalen, som hör till lokalpolisområde Farsta, inte Globen."],
    });
  });
});

describe.skipIf(!withMunicipalities)("an import with a point in another municipality than stated", () => {
  beforeEach(async () => {
    await resetDatabase();
    await loadBoundaries();
  });

  it("is refused with that line's error, and nothing is imported", async () => {
    const good = jarfallaScene("T-1", []);
    const wrong = { ...jarfallaScene("T-2", []), location: points.akersberga, firstYear: 2024 };
    const before = await tableCounts();
    const result = await runImport({ format: IMPORT_FORMAT, scenes: [{ ...good, firstYear: 2024 }, wrong] }, cli);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: "scenes[1].municipalityCode", message: "Punkten ligger i Österåker (0117), inte i Järfälla." },
    ]);
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses this year's assessment stating a district its scene's point is not in", async () => {
    const year = new Date().getFullYear();
    const scene = {
      ref: "T-3",
      name: "Testplats",
      municipalityCode: "0180",
      policeArea: "Järva",
      district: "Järva",
      location: points.husby,
      firstYear: year,
      assessments: [{ year, status: "draft" as const, district: "Bromma", policeArea: "Vällingby" }],
    };
    const result = await runImport({ format: IMPORT_FORMAT, scenes: [scene] }, cli);
    expect(!result.ok && result.issues).toEqual([
      { path: "scenes[0].assessments[0].district", message: "Punkten ligger i stadsdelsområdet Järva, inte i Bromma." },
    ]);
  });
});

describe("GET /api/indelning, the form's lookup", () => {
  beforeAll(async () => {
    await resetDatabase();
    await loadBoundaries();
  });

  it("gives the place at a point to those who register scenes", async () => {
    signInAs(await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] }));
    const response = await lookUpAt("lat=59.4098&lng=17.926");
    expect(response.status).toBe(200);
    const jarva = await db.district.findUniqueOrThrow({ where: { name: "Järva" } });
    expect(await response.json()).toEqual({
      status: "found",
      municipalityCode: "0180",
      districtId: jarva.id,
      policeAreaId: await getPoliceAreaId("Järva"),
      policeAreaIds: [await getPoliceAreaId("Järva")],
      summary: "Husby, Järva, Stockholm (0180), lokalpolisområde Järva",
    });
  });

  it("refuses the signed out, those who do not register scenes, and a point that is not one in the county", async () => {
    signInAs(null);
    expect((await lookUpAt("lat=59.4098&lng=17.926")).status).toBe(401);
    signInAs(await createTestUser("STEERING"));
    expect((await lookUpAt("lat=59.4098&lng=17.926")).status).toBe(403);
    signInAs(await createTestUser("ADMIN"));
    for (const query of ["lat=57.7&lng=11.97", "lat=abc&lng=17.9", "lat=59.4", "lat=59.4&lng=17.9&extra=1"]) {
      expect((await lookUpAt(query)).status, query).toBe(400);
    }
  });
});

describe("this year's assessment stating a place other than its scene's", () => {
  beforeEach(async () => {
    await resetDatabase();
    await loadBoundaries();
  });

  it("is checked against the scene's point; the scene's own place is not", async () => {
    const cast = await createCast();
    const assessment = await createAssessmentIn("DRAFT");
    signInAs(cast.analyst);
    const bromma = await db.district.findUniqueOrThrow({ where: { name: "Bromma" } });
    const elsewhere = { districtId: bromma.id, policeAreaId: await getPoliceAreaId("Vällingby") };
    const state = await saveAssessmentAction(idle, await assessmentForm(assessment.id, {}, "save", elsewhere));
    expect(state.fieldErrors?.districtId).toEqual(["Punkten ligger i stadsdelsområdet Järva, inte i Bromma."]);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).version).toBe(1);
    await expect(saveAssessmentAction(idle, await assessmentForm(assessment.id, {}, "save"))).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("notice=assessment-saved") }),
    );
  });
});
