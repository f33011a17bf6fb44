import { readFile } from "node:fs/promises";
import path from "node:path";
import { db, type Db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { parseBoundaries, type ParsedBoundary } from "./boundaries";
import { computeBBox } from "./bbox";
import { detectBoundaryFile, type BoundaryFileKind } from "./city-boundaries";
import { importCityParts, importDistrictBoundaries } from "./import-city-boundaries";

// Server code without the `server-only` marker on purpose: the demo seed runs in plain Node
// (scripts/with-db.ts, outside the react-server condition) and passes its own client.

const t = messages.map.boundaries;

export type ImportBoundariesResult =
  { ok: true; kind: BoundaryFileKind; count: number; missing: string[] } | { ok: false; errors: string[] };

/** Replaces the boundaries of the given municipalities, all or none; returns how many. */
export async function upsertBoundaries(client: Db, boundaries: ParsedBoundary[], source: string): Promise<number> {
  await client.$transaction(async (tx) => {
    for (const { code, geometry } of boundaries) {
      // Rebuilt as a plain object: GeoJSON's interfaces lack the index signature Prisma's Json wants.
      const data = {
        geometry: { type: geometry.type, coordinates: geometry.coordinates },
        ...computeBBox(geometry),
        source,
        importedAt: new Date(),
      };
      await tx.municipalityBoundary.upsert({ where: { code }, create: { code, ...data }, update: data });
    }
  });
  return boundaries.length;
}

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, error: t.unreadable(file) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: t.notJson(file) };
  }
}

/**
 * Reads a GeoJSON file of boundaries and imports it: municipalities (those of the county; `missing`
 * names the county's municipalities the file lacked), or Stockholm city's district areas or
 * stadsdelar, told apart by their properties (lib/map/city-boundaries.ts). A file with any error
 * imports nothing.
 */
export async function importBoundariesFromFile(file: string, client: Db = db): Promise<ImportBoundariesResult> {
  const json = await readJson(file);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const kind = detectBoundaryFile(json.value);
  if (kind === "municipalities") return importMunicipalities(client, json.value, path.basename(file));
  const source = path.basename(file);
  const result =
    kind === "districts" ? await importDistrictBoundaries(client, json.value, source) : await importCityParts(client, json.value, source);
  return result.ok ? { ...result, kind, missing: [] } : result;
}

async function importMunicipalities(client: Db, geojson: unknown, source: string): Promise<ImportBoundariesResult> {
  const municipalities = await client.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
  if (municipalities.length === 0) return { ok: false, errors: [t.noMunicipalities] };
  const { boundaries, errors } = parseBoundaries(geojson, new Set(municipalities.map((m) => m.code)));
  if (errors.length > 0) return { ok: false, errors };
  const count = await upsertBoundaries(client, boundaries, source);
  const imported = new Set(boundaries.map((b) => b.code));
  return { ok: true, kind: "municipalities", count, missing: municipalities.filter((m) => !imported.has(m.code)).map((m) => m.name) };
}
