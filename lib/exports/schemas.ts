import { buildHref } from "@/lib/url/href";
import { YEAR_PARAM } from "@/lib/url/year";

// The exports' file names and links; their year is read by parseYear() (lib/url/year.ts).
// Client-safe.

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
  geojson: buildHref("/api/v1/scenes.geojson", { [YEAR_PARAM]: year }),
});
