import Link from "next/link";
import { Fragment } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import type { AreaJointShares, Collaboration, CollaborationYear } from "@/lib/stats/collaboration";
import type { LongTable } from "@/lib/url/dashboard";
import { MoreLink, type RowLimit } from "./row-limit";

const d = messages.dashboard;
const t = d.collaboration;

// Set once on the table, not on each cell (the page's weight): "100 %" and "2026 (prel.)" never break.
const figures = "text-sm tabular-nums [&_td]:whitespace-nowrap [&_tbody_th]:whitespace-nowrap";

/**
 * An area table of more cells than this is a link on the dashboard: the county's areas over a
 * handful of years fit, but at national scale (hundreds of areas, ten years) every cell, sent twice
 * (the HTML and the React payload), would take the page past its 150 kB (issue 13). The report and
 * the link (the table's own address, like the other long tables' "show all") show it whole.
 */
const CELL_LIMIT = 160;

const yearLabel = (y: { year: number; preliminary: boolean }) => (y.preliminary ? t.preliminaryYear(y.year) : y.year);

const yearColumns: Column<CollaborationYear>[] = [
  { header: t.year, rowHeader: true, cell: yearLabel },
  { header: t.scenes, cell: (y) => y.scenes },
  { header: t.jointShare, cell: (y) => d.percent(y.jointShare) },
  { header: t.partners, cell: (y) => t.perScene(y.partnersPerScene) },
  { header: t.minorsShare, cell: (y) => d.percent(y.minorsShare) },
];

type Areas = { id: LongTable; caption: string; areaLabel: string; show: (n: number) => string; rows: AreaJointShares[] };

const isWide = (table: Areas, years: CollaborationYear[]) => table.rows.length * years.length > CELL_LIMIT;

/** "Samverkan och unga": the scope's figures year by year, and the joint share per area and year. */
export function CollaborationPanels({ data, limit }: { data: Collaboration; limit: RowLimit }) {
  const tables = (
    [
      {
        id: "samverkan-kommuner",
        caption: t.byMunicipality,
        areaLabel: d.municipality,
        show: t.showMunicipalities,
        rows: data.byMunicipality,
      },
      {
        id: "samverkan-lokalpolisomraden",
        caption: t.byPoliceArea,
        areaLabel: d.policeArea,
        show: t.showPoliceAreas,
        rows: data.byPoliceArea,
      },
    ] satisfies Areas[]
  ).filter((table) => table.rows.length > 0);
  // On the dashboard a wide table is a link, unless it is the one asked for in full.
  const folded = (table: Areas) => limit !== null && limit.expanded !== table.id && isWide(table, data.years);
  const shown = tables.filter((table) => !folded(table));
  const links = tables.filter(folded);
  return (
    // Each table keeps together on paper; the section as a whole may span pages in the report.
    <section aria-labelledby="collaboration-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-4 break-inside-avoid">
        <h2 id="collaboration-heading">{t.title}</h2>
        <DataTable
          caption={t.byYear}
          showCaption
          columns={yearColumns}
          rows={data.years}
          rowKey={(y) => y.year}
          className={figures}
          compact
        />
      </div>
      {shown.length > 0 && <p className="text-sm text-slate-700">{t.areaNote}</p>}
      {shown.map((table) => (
        <SharesTable key={table.id} table={table} years={data.years} limit={limit} />
      ))}
      {limit !== null && links.length > 0 && (
        <p className="text-sm">
          {t.folded}{" "}
          {links.map((table, i) => (
            <Fragment key={table.id}>
              {i > 0 && " · "}
              <Link href={`${limit.href(table.id)}#${table.id}`} className="text-blue-800 underline">
                {table.show(table.rows.length)}
              </Link>
            </Fragment>
          ))}
        </p>
      )}
    </section>
  );
}

function SharesTable({ table, years, limit }: { table: Areas; years: CollaborationYear[]; limit: RowLimit }) {
  const columns: Column<AreaJointShares>[] = [
    { header: table.areaLabel, rowHeader: true, cell: (r) => r.name },
    ...years.map((y, i): Column<AreaJointShares> => ({ header: yearLabel(y), cell: (r) => d.percent(r.shares[i] ?? null) })),
  ];
  return (
    <div id={table.id} className="break-inside-avoid">
      <DataTable
        caption={table.caption}
        showCaption
        columns={columns}
        rows={table.rows}
        rowKey={(r) => r.key}
        className={figures}
        compact
      />
      {limit !== null && isWide(table, years) && <MoreLink href={`${limit.href(null)}#collaboration-heading`} text={t.hideTable} />}
    </div>
  );
}
