import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

// Parses an operator's file of municipality boundaries (SCB "Digitala gränser" or similar). The
// file may cover the whole country: features of other municipalities are skipped silently, but a
// malformed feature of the county fails the whole import, so that a half-read file never replaces
// good boundaries.

const t = messages.map.boundaries;

export type BoundaryGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;
export type ParsedBoundary = { code: string; name: string; geometry: BoundaryGeometry };
export type ParseBoundariesResult = { boundaries: ParsedBoundary[]; errors: string[] };

// Altitudes are dropped: the map draws in two dimensions.
const position = z
  .array(z.number())
  .min(2)
  .refine(([lng = NaN, lat = NaN]) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90)
  .transform(([lng, lat]): GeoJSON.Position => [lng!, lat!]);

const linearRing = z
  .array(position)
  .min(4)
  .refine((ring) => ring[0]!.join() === ring.at(-1)!.join(), "ring not closed");

const polygonCoordinates = z.array(linearRing).min(1);

export const boundaryGeometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: polygonCoordinates }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygonCoordinates).min(1) }),
]);

const featureCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  crs: z.object({ properties: z.object({ name: z.string() }) }).optional(),
  features: z.array(z.unknown()),
});

const featureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.unknown(),
});

const CODE_KEYS = ["knkod", "code", "kommunkod"];
const NAME_KEYS = ["knnamn", "name", "kommunnamn"];

/** The first of the keys present in the properties, whatever their case. */
function pick(properties: Record<string, unknown>, keys: string[]): unknown {
  const entry = Object.entries(properties).find(([key]) => keys.includes(key.toLowerCase()));
  return entry?.[1];
}

/** Municipality codes are four digits with a leading zero, which a numeric column loses. */
function readCode(value: unknown): string | null {
  if (typeof value === "number" && Number.isInteger(value)) return String(value).padStart(4, "0");
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}

function isWgs84(crsName: string): boolean {
  return /CRS84$|EPSG:+4326$/i.test(crsName);
}

type FeatureOutcome = { skip: true } | { error: string } | { boundary: ParsedBoundary };

function parseFeature(raw: unknown, index: number, knownCodes: Set<string>): FeatureOutcome {
  const feature = featureSchema.safeParse(raw);
  const properties = feature.success ? (feature.data.properties ?? {}) : {};
  const code = readCode(pick(properties, CODE_KEYS));
  if (!feature.success || code === null) return { error: t.missingCode(index) };
  if (!knownCodes.has(code)) return { skip: true };
  const name = pick(properties, NAME_KEYS);
  if (typeof name !== "string" || name.trim() === "") return { error: t.missingName(index, code) };
  const geometry = boundaryGeometrySchema.safeParse(feature.data.geometry);
  if (!geometry.success) return { error: t.badGeometry(index, code) };
  return { boundary: { code, name: name.trim(), geometry: geometry.data } };
}

export function parseBoundaries(geojson: unknown, knownCodes: Set<string>): ParseBoundariesResult {
  const collection = featureCollectionSchema.safeParse(geojson);
  if (!collection.success) return { boundaries: [], errors: [t.notFeatureCollection] };
  const crs = collection.data.crs?.properties.name;
  if (crs && !isWgs84(crs)) return { boundaries: [], errors: [t.wrongCrs(crs)] };

  const boundaries: ParsedBoundary[] = [];
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  collection.data.features.forEach((raw, index) => {
    const outcome = parseFeature(raw, index, knownCodes);
    if ("error" in outcome) errors.push(outcome.error);
    if (!("boundary" in outcome)) return;
    const first = firstIndex.get(outcome.boundary.code);
    if (first === undefined) {
      firstIndex.set(outcome.boundary.code, index);
      boundaries.push(outcome.boundary);
    } else {
      errors.push(t.duplicate(index, outcome.boundary.code, first));
    }
  });
  if (boundaries.length === 0 && errors.length === 0) errors.push(t.noneKnown);
  return { boundaries, errors };
}
