import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import type { AreaJointShares, Collaboration, CollaborationYear } from "@/lib/stats/collaboration";
import type { LongTable } from "@/lib/url/dashboard";
import { limitRows, type RowLimit } from "./row-limit";

const d = messages.dashboard;
const t = d.collaboration;

const yearLabel = (y: { year: number; preliminary: boolean }) => (y.preliminary ? t.preliminaryYear(y.year) : y.year);

const yearColumns: Column<CollaborationYear>[] = [
  { header: t.year, rowHeader: true, cell: yearLabel },
  { header: t.scenes, cell: (y) => y.scenes },
  { header: t.jointShare, cell: (y) => d.percent(y.jointShare) },
  { header: t.partners, cell: (y) => t.perScene(y.partnersPerScene) },
  { header: t.minors, cell: (y) => y.minorsPresent },
  { header: t.minorsShare, cell: (y) => d.percent(y.minorsShare) },
  { header: t.minorsUnknown, cell: (y) => y.minorsUnknown },
];

/**
 * "Samverkan och unga": the scope's figures year by year, and the joint share per municipality and
 * LPO as a table of areas by years (percentages only, areas with scenes only: it stays small).
 */
export function CollaborationPanels({ data, limit }: { data: Collaboration; limit: RowLimit }) {
  return (
    // Each table keeps together on paper; the section as a whole may span pages in the report.
    <section aria-labelledby="collaboration-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-4 break-inside-avoid">
        <h2 id="collaboration-heading">{t.title}</h2>
        <p className="-mt-2 max-w-3xl text-slate-700">{t.intro}</p>
        <DataTable
          caption={t.byYear}
          showCaption
          columns={yearColumns}
          rows={data.years}
          rowKey={(y) => y.year}
          className="text-sm tabular-nums"
          compact
        />
      </div>
      <p className="text-sm text-slate-700">{t.areaNote}</p>
      <SharesTable
        id="samverkan-kommuner"
        caption={t.byMunicipality}
        areaLabel={d.municipality}
        years={data.years}
        rows={data.byMunicipality}
        limit={limit}
      />
      <SharesTable
        id="samverkan-lokalpolisomraden"
        caption={t.byPoliceArea}
        areaLabel={d.policeArea}
        years={data.years}
        rows={data.byPoliceArea}
        limit={limit}
      />
    </section>
  );
}

type SharesProps = {
  id: LongTable;
  caption: string;
  areaLabel: string;
  years: CollaborationYear[];
  rows: AreaJointShares[];
  limit: RowLimit;
};

function SharesTable({ id, caption, areaLabel, years, rows, limit }: SharesProps) {
  const columns: Column<AreaJointShares>[] = [
    { header: areaLabel, rowHeader: true, cell: (r) => r.name },
    ...years.map((y, i): Column<AreaJointShares> => ({ header: yearLabel(y), cell: (r) => d.percent(r.shares[i] ?? null) })),
  ];
  const { shown, more } = limitRows(id, rows, limit);
  return (
    <div id={id} className="break-inside-avoid">
      <DataTable
        caption={caption}
        showCaption
        columns={columns}
        rows={shown}
        rowKey={(r) => r.key}
        className="text-sm tabular-nums"
        compact
      />
      {more}
    </div>
  );
}
