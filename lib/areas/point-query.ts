import { z } from "@/lib/forms/zod";
import { parseDecimal } from "@/lib/forms/fields";
import { checkPoint } from "@/lib/scenes/geometry";

// The point of a place lookup (app/api/indelning), read from the query string: two decimals in
// the county, nothing else. Client-safe, so the form builds the same query it is checked with.

const decimal = z
  .string()
  .max(32)
  .transform(parseDecimal)
  .refine((n) => Number.isFinite(n));

export const pointQuerySchema = z.strictObject({ lat: decimal, lng: decimal }).refine((point) => checkPoint(point).ok);

export const PLACE_LOOKUP_PATH = "/api/indelning";

export function placeLookupUrl(point: { lat: number; lng: number }): string {
  return `${PLACE_LOOKUP_PATH}?${new URLSearchParams({ lat: point.lat.toFixed(6), lng: point.lng.toFixed(6) })}`;
}
