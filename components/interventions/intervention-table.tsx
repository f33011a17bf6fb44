import Link from "next/link";
import { messages } from "@/lib/i18n";
import type { InterventionListRow, InterventionRow } from "@/lib/interventions/queries";
import { effectLabel, interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";

const t = messages.interventions;

const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

type Props = { caption: string } & (
  | { rows: InterventionRow[]; withScene?: false; editHref?: (id: string) => string; evaluateHref?: (id: string) => string }
  | { rows: InterventionListRow[]; withScene: true; editHref?: undefined; evaluateHref?: undefined }
);

const cell = "px-3 py-2 align-top";

/**
 * Interventions, one row each: at one scene (with links to change and evaluate, for those who may)
 * or across scenes (with where each lies).
 */
export function InterventionTable(props: Props) {
  const { caption, editHref, evaluateHref } = props;
  const withActions = !!(editHref ?? evaluateHref);
  const headers = [...(props.withScene ? [t.scene, t.municipality, t.policeArea] : []), t.type, t.actor, t.period, t.description, t.effect];
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 bg-slate-100">
          <tr>
            {headers.map((label) => (
              <th key={label} scope="col" className="px-3 py-2">
                {label}
              </th>
            ))}
            {withActions && (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t.actions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.withScene
            ? props.rows.map((row) => <Row key={row.id} row={row} scene={row} />)
            : props.rows.map((row) => (
                <Row key={row.id} row={row} editHref={editHref} evaluateHref={evaluateHref} withActions={withActions} />
              ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = {
  row: InterventionRow;
  scene?: InterventionListRow;
  editHref?: (id: string) => string;
  evaluateHref?: (id: string) => string;
  withActions?: boolean;
};

function Row({ row, scene, editHref, evaluateHref, withActions }: RowProps) {
  const label = interventionTypeLabel(row.type);
  return (
    <tr className="border-b border-slate-200 last:border-0">
      {scene && (
        <>
          <td className={cell}>
            <Link href={`/platser/${encodeURIComponent(scene.sceneRef)}/insatser`} className="text-blue-800 underline">
              {scene.sceneName}
            </Link>{" "}
            <span className="font-mono text-sm text-slate-600">({scene.sceneRef})</span>
          </td>
          <td className={cell}>{scene.municipalityName}</td>
          <td className={cell}>{scene.policeAreaName}</td>
        </>
      )}
      <td className={cell}>{label}</td>
      <td className={cell}>{interventionActorLabel(row.actor)}</td>
      <td className={`${cell} whitespace-nowrap`}>
        {row.startDate} – {row.endDate ?? t.ongoing}
      </td>
      <td className={`${cell} max-w-md whitespace-pre-line`}>{row.description}</td>
      <td className={`${cell} max-w-sm`}>
        <Evaluation row={row} />
      </td>
      {withActions && (
        <td className={`${cell} whitespace-nowrap`}>
          <ul className="flex flex-col gap-1">
            {editHref && (
              <li>
                <Link href={editHref(row.id)} className="text-blue-800 underline" aria-label={`${t.edit}: ${label}, ${row.startDate}`}>
                  {t.edit}
                </Link>
              </li>
            )}
            {evaluateHref && (
              <li>
                <Link
                  href={evaluateHref(row.id)}
                  className="text-blue-800 underline"
                  aria-label={`${t.evaluate}: ${label}, ${row.startDate}`}
                >
                  {t.evaluate}
                </Link>
              </li>
            )}
          </ul>
        </td>
      )}
    </tr>
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
