import { DownloadLinks } from "@/components/ui/download-links";
import { exportPaths } from "@/lib/exports/schemas";
import { messages } from "@/lib/i18n";

const t = messages.exports;

/** Download links for a year's scenes; `note` says that a year in progress is preliminary. */
export function ExportLinks({ year, note = null }: { year: number; note?: string | null }) {
  const paths = exportPaths(year);
  const links = [
    { href: paths.csv, label: t.csv },
    { href: paths.xlsx, label: t.xlsx },
    { href: paths.geojson, label: t.geojson },
  ];
  return (
    <DownloadLinks id="export-links-heading" title={t.title} intro={note ? `${t.intro(year)} ${note}.` : t.intro(year)} links={links} />
  );
}
