import Link from "next/link";
import type { ReturnedRow, WorkRow } from "@/lib/assessments/work-lists";
import { messages } from "@/lib/i18n";
import { AssessmentStatusBadge } from "./assessment-status-badge";
import { ReturnSummary } from "./return-note";
import { DataTable, type Column } from "@/components/ui/data-table";

const t = messages.workLists;

const formatDay = (date: Date) => new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeZone: "Europe/Stockholm" }).format(date);

const columns: Column<WorkRow>[] = [
  {
    header: t.scene,
    cell: (row) => (
      <Link href={`/platser/${encodeURIComponent(row.scene.ref)}/bedomningar/${row.year}`} className="text-blue-800 underline">
        {row.scene.name} ({row.scene.ref})
      </Link>
    ),
  },
  { header: t.year, cell: (row) => row.year },
  { header: messages.scenes.municipality, cell: (row) => row.scene.municipality.name },
  { header: messages.scenes.policeArea, cell: (row) => row.scene.policeArea.name },
  { header: messages.assessmentForm.status, cell: (row) => <AssessmentStatusBadge status={row.status} /> },
];

const updated: Column<WorkRow> = { header: t.updated, cell: (row) => formatDay(row.updatedAt) };
const submitted: Column<WorkRow> = {
  header: messages.review.submittedAt,
  cell: (row) => (row.submittedAt ? formatDay(row.submittedAt) : ""),
};
const returned: Column<ReturnedRow> = {
  header: messages.review.returnedBy,
  cell: (row) => <ReturnSummary latestReturn={row.latestReturn} />,
};

type Props = { caption: string; empty: string } & (
  | { rows: WorkRow[]; show?: "updated" | "submitted" }
  /** Returned assessments: who returned each, when, and the start of their comment. */
  | { rows: ReturnedRow[]; show: "returned" }
);

/** Assessments to work on or waiting for others, each linked to its page. */
export function WorkTable(props: Props) {
  const { caption, empty } = props;
  if (props.rows.length === 0) return <p className="rounded border border-slate-300 bg-white p-4">{empty}</p>;
  if (props.show === "returned") {
    return (
      <DataTable caption={caption} columns={[...columns, returned]} rows={props.rows} rowKey={(row) => row.id} rowClassName="align-top" />
    );
  }
  const date = props.show === "submitted" ? submitted : updated;
  return <DataTable caption={caption} columns={[...columns, date]} rows={props.rows} rowKey={(row) => row.id} />;
}
