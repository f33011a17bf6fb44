import Link from "next/link";
import { startAssessmentAction } from "@/lib/assessments/actions";
import { messages } from "@/lib/i18n";

const t = messages.workLists;

type Scene = { id: string; ref: string; name: string; municipality: { name: string }; policeArea: { name: string } };

/** Active scenes without the year's assessment, each with a button that starts it. */
export function MissingScenes({ scenes, year }: { scenes: Scene[]; year: number }) {
  if (scenes.length === 0) return <p className="rounded border border-slate-300 bg-white p-4">{t.noMissing}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {scenes.map((scene) => (
        <li key={scene.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-white px-4 py-2">
          <span>
            <Link href={`/platser/${encodeURIComponent(scene.ref)}`} className="text-blue-800 underline">
              {scene.name} ({scene.ref})
            </Link>{" "}
            · {scene.municipality.name} · {scene.policeArea.name}
          </span>
          <form action={startAssessmentAction}>
            <input type="hidden" name="sceneId" value={scene.id} />
            <input type="hidden" name="year" value={year} />
            <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white hover:bg-blue-900">
              {t.start}
              <span className="sr-only">
                {" "}
                {scene.name} {year}
              </span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
