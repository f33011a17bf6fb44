import type { Db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { STOCKHOLM_CITY } from "@/lib/areas/reference-data";
import { computeBBox } from "./bbox";
import { parseCityParts, parseDistrictBoundaries, type ParsedCityPart, type ParsedDistrictBoundary } from "./city-boundaries";
import type { BoundaryGeometry } from "./boundaries";

// Stockholm city's district areas and stadsdelar, stored with their bounding boxes (the point
// lookup's prefilter, lib/areas/point-lookup.ts). Without the `server-only` marker, like
// import-boundaries.ts: the demo seed runs in plain Node and passes its own client.

const t = messages.places.import;

export type ImportResult = { ok: true; count: number } | { ok: false; errors: string[] };

/** Rebuilt as a plain object: GeoJSON's interfaces lack the index signature Prisma's Json wants. */
function shapeData(geometry: BoundaryGeometry, source: string) {
  return { geometry: { type: geometry.type, coordinates: geometry.coordinates }, ...computeBBox(geometry), source, importedAt: new Date() };
}

async function loadNames(client: Db) {
  const [districts, policeAreas] = await Promise.all([
    client.district.findMany({ where: { municipalityCode: STOCKHOLM_CITY }, select: { id: true, name: true } }),
    client.policeArea.findMany({ select: { id: true, name: true } }),
  ]);
  return { districts: new Map(districts.map((d) => [d.name, d.id])), policeAreas: new Map(policeAreas.map((a) => [a.name, a.id])) };
}

async function storeDistricts(client: Db, items: ParsedDistrictBoundary[], ids: Map<string, string>, source: string) {
  await client.$transaction(async (tx) => {
    for (const item of items) {
      const districtId = ids.get(item.name)!;
      const data = shapeData(item.geometry, source);
      await tx.districtBoundary.upsert({ where: { districtId }, create: { districtId, ...data }, update: data });
    }
  });
}

/** The file is the whole set: stadsdelar it no longer lists are removed in the same transaction. */
async function storeCityParts(client: Db, items: ParsedCityPart[], names: Awaited<ReturnType<typeof loadNames>>, source: string) {
  await client.$transaction(async (tx) => {
    for (const item of items) {
      const data = {
        districtId: names.districts.get(item.district)!,
        policeAreaId: names.policeAreas.get(item.policeArea)!,
        policeAreaBefore2025Id: item.policeAreaBefore2025 ? names.policeAreas.get(item.policeAreaBefore2025)! : null,
        ...shapeData(item.geometry, source),
      };
      await tx.cityPart.upsert({ where: { name: item.name }, create: { name: item.name, ...data }, update: data });
    }
    await tx.cityPart.deleteMany({ where: { name: { notIn: items.map((i) => i.name) } } });
  });
}

export async function importDistrictBoundaries(client: Db, geojson: unknown, source: string): Promise<ImportResult> {
  const names = await loadNames(client);
  if (names.districts.size === 0) return { ok: false, errors: [t.noReference] };
  const known = { districts: new Set(names.districts.keys()), policeAreas: new Set(names.policeAreas.keys()) };
  const { items, errors } = parseDistrictBoundaries(geojson, known);
  if (errors.length > 0) return { ok: false, errors };
  await storeDistricts(client, items, names.districts, source);
  return { ok: true, count: items.length };
}

export async function importCityParts(client: Db, geojson: unknown, source: string): Promise<ImportResult> {
  const names = await loadNames(client);
  if (names.districts.size === 0) return { ok: false, errors: [t.noReference] };
  const known = { districts: new Set(names.districts.keys()), policeAreas: new Set(names.policeAreas.keys()) };
  const { items, errors } = parseCityParts(geojson, known);
  if (errors.length > 0) return { ok: false, errors };
  await storeCityParts(client, items, names, source);
  return { ok: true, count: items.length };
}
