import type { Polygon } from "geojson";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { substanceOptions, symptomOptions } from "@/lib/assessments/questionnaire/version-1";
import type { Place } from "./areas";
import type { Random } from "./random";

// Synthetic scenes and their yearly assessments. Most scenes are followed from the first year, some
// appear later, some close; a scene is now and then not classified as an open drug scene in a year
// (ceased, then back); most assessments are co-signed, the last year's least so (work in progress).

const CHUNK = 1000;
const METRES_PER_DEGREE = 111_320;

export type SceneOptions = { scenes: number; firstYear: number; lastYear: number };

type SceneRow = Prisma.SceneCreateManyInput & { id: string; firstYear: number; lat: number; lng: number };

function square(lat: number, lng: number, side: number): Polygon {
  const dLat = side / 2 / METRES_PER_DEGREE;
  const dLng = side / 2 / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const ring = [
    [lng - dLng, lat - dLat],
    [lng + dLng, lat - dLat],
    [lng + dLng, lat + dLat],
    [lng - dLng, lat + dLat],
    [lng - dLng, lat - dLat],
  ].map(([x, y]) => [Number(x!.toFixed(6)), Number(y!.toFixed(6))]);
  return { type: "Polygon", coordinates: [ring] };
}

/** Every municipality gets a scene first (when there are enough), the rest go by weight. */
function choosePlaces(places: Place[], municipalityCodes: string[], count: number, random: Random): Place[] {
  const chosen = municipalityCodes.slice(0, count).map((code) => random.pick(places.filter((p) => p.municipalityCode === code)));
  while (chosen.length < count) chosen.push(random.pickWeighted(places));
  return chosen;
}

function buildScenes(places: Place[], municipalityCodes: string[], options: SceneOptions, random: Random): SceneRow[] {
  return choosePlaces(places, municipalityCodes, options.scenes, random).map((place, i): SceneRow => {
    const lat = place.lat + (random.next() - 0.5) * 0.1;
    const lng = place.lng + (random.next() - 0.5) * 0.2;
    const side = random.int(30, 300);
    const firstYear = random.next() < 0.8 ? options.firstYear : random.int(options.firstYear, options.lastYear);
    const closes = firstYear < options.lastYear && random.next() < 0.1;
    const number = String(i + 1).padStart(5, "0");
    return {
      id: `bench_s_${number}`,
      ref: `B-${number}`,
      name: `Syntetisk plats ${i + 1}`,
      municipalityCode: place.municipalityCode,
      policeAreaId: place.policeAreaId,
      districtId: place.districtId,
      lat,
      lng,
      extent: square(lat, lng, side) as unknown as Prisma.InputJsonObject,
      areaM2: side * side,
      firstYear,
      status: closes ? "CLOSED" : "ACTIVE",
      lastYear: closes ? random.int(firstYear, options.lastYear - 1) : null,
    };
  });
}

function chooseStatus(random: Random, isLastYear: boolean): Prisma.AssessmentCreateManyInput["status"] {
  const r = random.next();
  if (isLastYear) return r < 0.7 ? "COSIGNED" : r < 0.85 ? "SUBMITTED" : r < 0.95 ? "DRAFT" : "RETURNED";
  return r < 0.9 ? "COSIGNED" : r < 0.97 ? "SUBMITTED" : r < 0.99 ? "RETURNED" : "DRAFT";
}

function buildAnswers(random: Random, open: boolean, development: string) {
  const symptoms = open ? symptomOptions.filter(() => random.next() < 0.45).map((o) => o.code) : [];
  if (open && symptoms.length === 0) symptoms.push(random.pick(symptomOptions).code);
  // Cannabis and cocaine dominate, as in the county's own reports; the rest share the remainder.
  const r = random.next();
  const mainSubstance = !open ? null : r < 0.4 ? "cannabis" : r < 0.65 ? "cocaine" : random.pick(substanceOptions).code;
  const answers: Record<string, unknown> = {
    is_open_drug_scene: open,
    development,
    symptoms,
    site_description: "Syntetisk plats för prestandamätning.",
    minors_present: random.pick(["yes", "no", "unknown"]),
    criminal_networks: random.pick(["yes", "no", "unknown"]),
  };
  if (mainSubstance) answers.main_substance = mainSubstance;
  return { answers, mainSubstance };
}

function buildAssessment(
  scene: SceneRow,
  year: number,
  wasOpen: boolean,
  isLastYear: boolean,
  random: Random,
): Prisma.AssessmentCreateManyInput {
  const open = random.next() < 0.88;
  const development =
    year === scene.firstYear ? "new" : !open ? "ceased" : !wasOpen ? "new" : random.pick(["unchanged", "reduced", "increased"]);
  const status = chooseStatus(random, isLastYear);
  const side = Math.sqrt(scene.areaM2 ?? 10_000) * (0.8 + random.next() * 0.4);
  const { answers, mainSubstance } = buildAnswers(random, open, development);
  return {
    id: `${scene.id}_${year}`,
    sceneId: scene.id,
    year,
    status,
    answers: answers as Prisma.InputJsonObject,
    isOpenDrugScene: open,
    development,
    mainSubstance,
    extent: square(scene.lat, scene.lng, side) as unknown as Prisma.InputJsonObject,
    areaM2: Math.round(side * side),
    municipalityCode: scene.municipalityCode,
    policeAreaId: scene.policeAreaId,
    districtId: scene.districtId ?? null,
    submittedAt: status !== "DRAFT" ? new Date(`${year}-11-01T00:00:00Z`) : null,
    cosignedAt: status === "COSIGNED" ? new Date(`${year}-11-15T00:00:00Z`) : null,
  };
}

/**
 * Year after year, as a real database fills (each year's assessments are written that year), so
 * that a year's rows lie together on disk as they would in production.
 */
function* buildAssessments(scenes: SceneRow[], options: SceneOptions, random: Random): Generator<Prisma.AssessmentCreateManyInput> {
  const open = new Map<string, boolean>();
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    for (const scene of scenes) {
      if (year < scene.firstYear || year > (scene.lastYear ?? options.lastYear)) continue;
      const row = buildAssessment(scene, year, open.get(scene.id) ?? false, year === options.lastYear, random);
      open.set(scene.id, row.isOpenDrugScene === true);
      yield row;
    }
  }
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Inserts the scenes and their assessments in chunks; returns how many of each. */
export async function createScenesAndAssessments(
  db: PrismaClient,
  places: { places: Place[]; municipalityCodes: string[] },
  options: SceneOptions,
  random: Random,
): Promise<{ scenes: number; assessments: number }> {
  const scenes = buildScenes(places.places, places.municipalityCodes, options, random);
  await insertInChunks(scenes, (data) => db.scene.createMany({ data }));
  let assessments = 0;
  // Inserted in chunks as they are built, so that the whole set never sits in memory at once.
  let pending: Prisma.AssessmentCreateManyInput[] = [];
  const flush = async () => {
    await db.assessment.createMany({ data: pending });
    assessments += pending.length;
    pending = [];
  };
  for (const row of buildAssessments(scenes, options, random)) {
    pending.push(row);
    if (pending.length >= CHUNK) await flush();
  }
  if (pending.length) await flush();
  return { scenes: scenes.length, assessments };
}
