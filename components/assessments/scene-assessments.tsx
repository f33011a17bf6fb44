import Link from "next/link";
import { startAssessmentAction } from "@/lib/assessments/actions";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { messages } from "@/lib/i18n";
import { formatArea } from "@/lib/scenes/geometry";
import { AssessmentStatusBadge } from "./assessment-status-badge";

const t = messages.assessmentForm;

type Row = { id: string; year: number; status: AssessmentStatus; isOpenDrugScene: boolean | null; areaM2: number | null };

type Props = { sceneRef: string; sceneId: string; rows: Row[]; startYear: number | null };

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
        <table className="w-full rounded border border-slate-300 bg-white text-left">
          <caption className="sr-only">{messages.scenes.assessments}</caption>
          <thead className="border-b border-slate-300 bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.year}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.status}
              </th>
              <th scope="col" className="px-3 py-2">
                {messages.dashboard.openScene}
              </th>
              <th scope="col" className="px-3 py-2">
                {messages.scenes.area}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 last:border-0">
                <td className="px-3 py-2">
                  <Link href={`/platser/${encodeURIComponent(sceneRef)}/bedomningar/${row.year}`} className="text-blue-800 underline">
                    {row.year}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <AssessmentStatusBadge status={row.status} />
                </td>
                <td className="px-3 py-2">{row.isOpenDrugScene === null ? "—" : row.isOpenDrugScene ? t.yes : t.no}</td>
                <td className="px-3 py-2">{row.areaM2 !== null ? formatArea(row.areaM2) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
