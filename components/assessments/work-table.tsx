import Link from "next/link";
import type { WorkRow } from "@/lib/assessments/work-lists";
import { messages } from "@/lib/i18n";
import { AssessmentStatusBadge } from "./assessment-status-badge";
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
  { header: t.updated, cell: (row) => formatDay(row.updatedAt) },
];

/** Assessments to work on, each linked to its form. */
export function WorkTable({ rows, caption, empty }: { rows: WorkRow[]; caption: string; empty: string }) {
  if (rows.length === 0) return <p className="rounded border border-slate-300 bg-white p-4">{empty}</p>;
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
