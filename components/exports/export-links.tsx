import { DownloadLinks } from "@/components/ui/download-links";
import { exportPaths } from "@/lib/exports/schemas";
import { messages } from "@/lib/i18n";

const t = messages.exports;

/** Download links for a year's scenes. */
export function ExportLinks({ year }: { year: number }) {
  const paths = exportPaths(year);
  const links = [
    { href: paths.csv, label: t.csv },
    { href: paths.xlsx, label: t.xlsx },
    { href: paths.geojson, label: t.geojson },
  ];
  return <DownloadLinks id="export-links-heading" title={t.title} intro={t.intro(year)} links={links} />;
}
