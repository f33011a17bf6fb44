import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import type { InterventionListRow, InterventionRow } from "@/lib/interventions/queries";
import { effectLabel, interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";

const t = messages.interventions;

const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

type Props = { caption: string } & (
  | { rows: InterventionRow[]; withScene?: false; editHref?: (id: string) => string; evaluateHref?: (id: string) => string }
  | { rows: InterventionListRow[]; withScene: true; editHref?: undefined; evaluateHref?: undefined }
);

const columns: Column<InterventionRow>[] = [
  { header: t.type, cell: (row) => interventionTypeLabel(row.type) },
  { header: t.actor, cell: (row) => interventionActorLabel(row.actor) },
  { header: t.period, className: "whitespace-nowrap", cell: (row) => `${row.startDate} – ${row.endDate ?? t.ongoing}` },
  { header: t.description, className: "max-w-md whitespace-pre-line", cell: (row) => row.description },
  { header: t.effect, className: "max-w-sm", cell: (row) => <Evaluation row={row} /> },
];

const sceneColumns: Column<InterventionListRow>[] = [
  {
    header: t.scene,
    cell: (row) => (
      <>
        <Link href={`/platser/${encodeURIComponent(row.sceneRef)}/insatser`} className="text-blue-800 underline">
          {row.sceneName}
        </Link>{" "}
        <span className="font-mono text-sm text-slate-600">({row.sceneRef})</span>
      </>
    ),
  },
  { header: t.municipality, cell: (row) => row.municipalityName },
  { header: t.policeArea, cell: (row) => row.policeAreaName },
];

/**
 * Interventions, one row each: at one scene (with links to change and evaluate, for those who may)
 * or across scenes (with where each lies).
 */
export function InterventionTable(props: Props) {
  if (props.withScene) {
    return (
      <DataTable
        caption={props.caption}
        columns={[...sceneColumns, ...columns]}
        rows={props.rows}
        rowKey={(row) => row.id}
        rowClassName="align-top"
      />
    );
  }
  const { caption, rows, editHref, evaluateHref } = props;
  const actions: Column<InterventionRow>[] =
    editHref || evaluateHref
      ? [
          {
            header: <span className="sr-only">{t.actions}</span>,
            className: "whitespace-nowrap",
            cell: (row) => <Actions row={row} editHref={editHref} evaluateHref={evaluateHref} />,
          },
        ]
      : [];
  return <DataTable caption={caption} columns={[...columns, ...actions]} rows={rows} rowKey={(row) => row.id} rowClassName="align-top" />;
}

type ActionsProps = { row: InterventionRow; editHref?: (id: string) => string; evaluateHref?: (id: string) => string };

function Actions({ row, editHref, evaluateHref }: ActionsProps) {
  const label = interventionTypeLabel(row.type);
  const links = [
    { text: t.edit, href: editHref },
    { text: t.evaluate, href: evaluateHref },
  ];
  return (
    <ul className="flex flex-col gap-1">
      {links.map(
        ({ text, href }) =>
          href && (
            <li key={text}>
              <Link href={href(row.id)} className="text-blue-800 underline" aria-label={`${text}: ${label}, ${row.startDate}`}>
                {text}
              </Link>
            </li>
          ),
      )}
    </ul>
  );
}

function Evaluation({ row }: { row: InterventionRow }) {
  if (!row.effect) return <span className="text-slate-600">{t.notEvaluated}</span>;
  return (
    <>
      <span className="font-medium">{effectLabel(row.effect)}</span>
      {row.evaluatedAt && (
        <span className="text-sm text-slate-600">
          {" "}
          ({t.evaluatedAt.toLowerCase()} {stockholmDay.format(row.evaluatedAt)})
        </span>
      )}
      {row.evaluation && <p className="mt-1 text-sm whitespace-pre-line">{row.evaluation}</p>}
    </>
  );
}
