import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";

// The exports' input: a year, from a query string or a file name. Client-safe.

const t = messages.exports;

export const MIN_EXPORT_YEAR = 2000;
export const MAX_EXPORT_YEAR = 2100;

export const exportYearSchema = z
  .string({ message: t.invalidYear })
  .trim()
  .regex(/^\d{4}$/, t.invalidYear)
  .transform(Number)
  .pipe(z.number().int().min(MIN_EXPORT_YEAR, t.invalidYear).max(MAX_EXPORT_YEAR, t.invalidYear));

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `scenes-2024.csv` → its year (unchecked) and format; null for any other name. */
export function readExportFileName(file: string): { year: string; format: ExportFormat } | null {
  const match = /^scenes-([^.]*)\.(csv|xlsx)$/.exec(file);
  if (!match) return null;
  return { year: match[1]!, format: match[2] as ExportFormat };
}

export const exportFileName = (year: number, format: ExportFormat) => `scenes-${year}.${format}`;

/** The export links, relative to the app's origin. */
export const exportPaths = (year: number) => ({
  csv: `/api/v1/exports/scenes/${exportFileName(year, "csv")}`,
  xlsx: `/api/v1/exports/scenes/${exportFileName(year, "xlsx")}`,
  geojson: `/api/v1/scenes.geojson?year=${year}`,
});
