import { exportPaths } from "@/lib/exports/schemas";
import { messages } from "@/lib/i18n";

const t = messages.exports;

/**
 * Download links for a year's scenes. Plain anchors with `download`: the files come from route
 * handlers, which a client-side navigation (next/link) would try to prefetch and render.
 */
export function ExportLinks({ year }: { year: number }) {
  const paths = exportPaths(year);
  const links = [
    { href: paths.csv, label: t.csv },
    { href: paths.xlsx, label: t.xlsx },
    { href: paths.geojson, label: t.geojson },
  ];
  return (
    <section aria-labelledby="export-links-heading" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="export-links-heading" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="mb-2 text-slate-700">{t.intro(year)}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download className="text-blue-800 underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
