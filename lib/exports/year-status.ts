import { messages } from "@/lib/i18n";
import { isYearComplete, type YearProgress } from "@/lib/rounds/progress";

// An export of a year in progress says so: in its file name, in a header a script can read, and
// (XLSX, GeoJSON) in the file itself, with how much is assessed. Its rows are what counts so far.

export type ExportYearStatus = { complete: boolean; note: string | null };

export function describeExportYear(progress: YearProgress): ExportYearStatus {
  const complete = isYearComplete(progress);
  return { complete, note: complete ? null : messages.dashboard.preliminary(progress.assessed, progress.active) };
}

/** `scenes-2026.csv` → `scenes-2026-preliminart.csv` while the year is not complete. */
export function markFileName(fileName: string, status: ExportYearStatus): string {
  return status.complete ? fileName : fileName.replace(/(\.[a-z]+)$/, "-preliminart$1");
}

/** The headers every yearly export carries: its file name and whether the year is complete. */
export function yearExportHeaders(fileName: string, status: ExportYearStatus, contentType: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${markFileName(fileName, status)}"`,
    "Cache-Control": "no-store",
    "X-Year-Complete": String(status.complete),
  };
}
