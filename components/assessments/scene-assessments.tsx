import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { startAssessmentAction } from "@/lib/assessments/actions";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { messages } from "@/lib/i18n";
import { formatArea } from "@/lib/scenes/geometry";
import { AssessmentStatusBadge } from "./assessment-status-badge";

const t = messages.assessmentForm;

type Row = { id: string; year: number; status: AssessmentStatus; isOpenDrugScene: boolean | null; areaM2: number | null };

type Props = { sceneRef: string; sceneId: string; rows: Row[]; startYear: number | null };

const columns = (sceneRef: string): Column<Row>[] => [
  {
    header: t.year,
    cell: (row) => (
      <Link href={`/platser/${encodeURIComponent(sceneRef)}/bedomningar/${row.year}`} className="text-blue-800 underline">
        {row.year}
      </Link>
    ),
  },
  { header: t.status, cell: (row) => <AssessmentStatusBadge status={row.status} /> },
  { header: messages.dashboard.openScene, cell: (row) => (row.isOpenDrugScene === null ? "—" : row.isOpenDrugScene ? t.yes : t.no) },
  { header: messages.scenes.area, cell: (row) => (row.areaM2 !== null ? formatArea(row.areaM2) : "—") },
];

/** A scene's yearly assessments, with the button that starts this year's when it is missing. */
export function SceneAssessments({ sceneRef, sceneId, rows, startYear }: Props) {
  return (
    <>
      {startYear && (
        <form action={startAssessmentAction} className="mb-3">
          <input type="hidden" name="sceneId" value={sceneId} />
          <input type="hidden" name="year" value={startYear} />
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            {t.start(startYear)}
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <p>{messages.scenes.noAssessments}</p>
      ) : (
        <DataTable caption={messages.scenes.assessments} columns={columns(sceneRef)} rows={rows} rowKey={(row) => row.id} />
      )}
    </>
  );
}
