import "server-only";
import { db } from "@/lib/db";
import type { ParsedBoundary } from "./boundaries";
import { upsertBoundaries } from "./import-boundaries";

export { importBoundariesFromFile, type ImportBoundariesResult } from "./import-boundaries";

/**
 * Stores imported municipality boundaries (drawn on the maps, and what a scene's point is checked
 * against: lib/areas/point-lookup.ts), in one transaction; returns how many.
 */
export function importBoundaries(boundaries: ParsedBoundary[], source: string): Promise<number> {
  return upsertBoundaries(db, boundaries, source);
}
