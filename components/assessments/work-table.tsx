import Link from "next/link";
import type { WorkRow } from "@/lib/assessments/work-lists";
import { messages } from "@/lib/i18n";
import { AssessmentStatusBadge } from "./assessment-status-badge";
import { DataTable } from "@/components/ui/data-table";

const t = messages.workLists;

const formatDay = (date: Date) => new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeZone: "Europe/Stockholm" }).format(date);

/** Assessments to work on, each linked to its form. */
export function WorkTable({ rows, caption, empty }: { rows: WorkRow[]; caption: string; empty: string }) {
  if (rows.length === 0) return <p className="rounded border border-slate-300 bg-white p-4">{empty}</p>;
  return (
    <DataTable
      caption={caption}
      headers={[t.scene, t.year, messages.scenes.municipality, messages.scenes.policeArea, messages.assessmentForm.status, t.updated]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-200 last:border-0">
          <td className="px-3 py-2">
            <Link href={`/platser/${encodeURIComponent(row.scene.ref)}/bedomningar/${row.year}`} className="text-blue-800 underline">
              {row.scene.name} ({row.scene.ref})
            </Link>
          </td>
          <td className="px-3 py-2">{row.year}</td>
          <td className="px-3 py-2">{row.scene.municipality.name}</td>
          <td className="px-3 py-2">{row.scene.policeArea.name}</td>
          <td className="px-3 py-2">
            <AssessmentStatusBadge status={row.status} />
          </td>
          <td className="px-3 py-2">{formatDay(row.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
