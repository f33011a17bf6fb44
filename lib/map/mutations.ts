import "server-only";
import { db } from "@/lib/db";
import type { ParsedBoundary } from "./boundaries";
import { upsertBoundaries } from "./import-boundaries";

export { importBoundariesFromFile, type ImportBoundariesResult } from "./import-boundaries";

/**
 * Stores imported municipality boundaries (display only: a scene's municipality is always
 * stored explicitly), in one transaction; returns how many.
 */
export function importBoundaries(boundaries: ParsedBoundary[], source: string): Promise<number> {
  return upsertBoundaries(db, boundaries, source);
}
