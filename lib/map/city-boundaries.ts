import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";
import { boundaryGeometrySchema, type BoundaryGeometry } from "./boundaries";

// Parses Stockholm city's two boundary files (prisma/seed/geo, CC0): the district areas
// (stadsdelsområden, properties `namn` and `kommunkod`) and the stadsdelar (properties `stadsdel`,
// `stadsdelsomrade`, `lpo` and, where it differed, `lpo_before_2025`). Names must be the reference
// data's (lib/areas/reference-data.ts). As for the municipalities, any error refuses the whole file.

const t = messages.places.import;

export type BoundaryFileKind = "municipalities" | "districts" | "cityParts";
export type ParsedDistrictBoundary = { name: string; geometry: BoundaryGeometry };
export type ParsedCityPart = {
  name: string;
  district: string;
  policeArea: string;
  policeAreaBefore2025: string | null;
  geometry: BoundaryGeometry;
};
export type Parsed<T> = { items: T[]; errors: string[] };

const collectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({ properties: z.record(z.string(), z.unknown()).nullable() }).loose()).min(1),
});

/**
 * Which of the three boundary files this is, by its first feature's properties: `stadsdel` marks
 * the stadsdelar, `namn` (without a municipality name) the district areas; anything else is taken
 * for municipalities (SCB's KnKod/KnNamn, or code/name).
 */
export function detectBoundaryFile(geojson: unknown): BoundaryFileKind {
  const parsed = collectionSchema.safeParse(geojson);
  const properties = parsed.success ? (parsed.data.features[0]?.properties ?? {}) : {};
  const keys = new Set(Object.keys(properties).map((key) => key.toLowerCase()));
  if (keys.has("stadsdel") && keys.has("stadsdelsomrade")) return "cityParts";
  if (keys.has("namn") && !keys.has("knnamn") && !keys.has("kommunnamn") && !keys.has("name")) return "districts";
  return "municipalities";
}

const name = z.string().trim().min(1);

const districtFeature = z.object({
  properties: z.object({ namn: name, kommunkod: z.literal("0180").optional() }),
  geometry: boundaryGeometrySchema,
});

const cityPartFeature = z.object({
  properties: z.object({ stadsdel: name, stadsdelsomrade: name, lpo: name, lpo_before_2025: name.nullish() }),
  geometry: boundaryGeometrySchema,
});

type Known = { districts: ReadonlySet<string>; policeAreas: ReadonlySet<string> };

function parseFeatures<T extends { name: string }>(geojson: unknown, parseOne: (raw: unknown, index: number) => T | string): Parsed<T> {
  const collection = collectionSchema.safeParse(geojson);
  if (!collection.success) return { items: [], errors: [messages.map.boundaries.notFeatureCollection] };
  const items: T[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  collection.data.features.forEach((raw, index) => {
    const outcome = parseOne(raw, index);
    if (typeof outcome === "string") return errors.push(outcome);
    if (seen.has(outcome.name)) return errors.push(t.duplicate(index, outcome.name));
    seen.add(outcome.name);
    items.push(outcome);
  });
  return { items, errors };
}

export function parseDistrictBoundaries(geojson: unknown, known: Known): Parsed<ParsedDistrictBoundary> {
  return parseFeatures(geojson, (raw, index) => {
    const feature = districtFeature.safeParse(raw);
    if (!feature.success) return t.badFeature(index);
    const { namn } = feature.data.properties;
    if (!known.districts.has(namn)) return t.unknownDistrict(index, namn);
    return { name: namn, geometry: feature.data.geometry };
  });
}

export function parseCityParts(geojson: unknown, known: Known): Parsed<ParsedCityPart> {
  return parseFeatures(geojson, (raw, index) => {
    const feature = cityPartFeature.safeParse(raw);
    if (!feature.success) return t.badFeature(index);
    const p = feature.data.properties;
    if (!known.districts.has(p.stadsdelsomrade)) return t.unknownDistrict(index, p.stadsdelsomrade);
    for (const lpo of [p.lpo, p.lpo_before_2025]) if (lpo && !known.policeAreas.has(lpo)) return t.unknownPoliceArea(index, lpo);
    return {
      name: p.stadsdel,
      district: p.stadsdelsomrade,
      policeArea: p.lpo,
      policeAreaBefore2025: p.lpo_before_2025 ?? null,
      geometry: feature.data.geometry,
    };
  });
}
