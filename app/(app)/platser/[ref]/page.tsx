import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SceneAssessments } from "@/components/assessments/scene-assessments";
import { SceneMap } from "@/components/map/scene-map";
import { SceneDetails } from "@/components/scenes/scene-details";
import { SceneLineage } from "@/components/scenes/scene-lineage";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { getTileConfig } from "@/lib/map/tiles";
import { describeLineage } from "@/lib/scenes/lineage";
import { getScene } from "@/lib/scenes/queries";
import { listSceneAssessments } from "@/lib/assessments/queries";
import { currentYear } from "@/lib/years";

const t = messages.scenes;
const notices: Record<string, string> = {
  registrerad: t.created,
  sparad: t.updated,
  stangd: t.closed,
  sammanslagen: t.merged,
  delad: t.split,
};

export async function generateMetadata({ params }: PageProps<"/platser/[ref]">): Promise<Metadata> {
  return { title: decodeURIComponent((await params).ref) };
}

export default async function ScenePage({ params, searchParams }: PageProps<"/platser/[ref]">) {
  const user = await requireUser();
  // Out of scope answers exactly like a scene that does not exist.
  const scene = await getScene(user, decodeURIComponent((await params).ref));
  if (!scene) notFound();
  const { meddelande } = await searchParams;
  const notice = typeof meddelande === "string" ? notices[meddelande] : undefined;
  const editable = can(user, "scene:edit", scene) && scene.status === "ACTIVE";
  const base = `/platser/${encodeURIComponent(scene.ref)}`;
  const assessments = await listSceneAssessments(scene.id);
  const thisYear = currentYear();
  const canStart = editable && can(user, "assessment:edit", scene) && !assessments.some((a) => a.year === thisYear);
  return (
    <>
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {notice}
        </p>
      )}
      <h1 className="mb-1">{scene.name}</h1>
      {scene.description && <p className="mb-4 max-w-3xl whitespace-pre-line text-slate-700">{scene.description}</p>}
      {editable && (
        <ul className="mb-6 flex flex-wrap gap-3" aria-label={t.editScene}>
          {[
            [`${base}/redigera`, t.editScene],
            [`${base}/stang`, t.closeScene],
            [`${base}/sammanfoga`, t.mergeScene],
            [`${base}/dela`, t.splitScene],
          ].map(([href, label]) => (
            <li key={href}>
              <Link href={href!} className="inline-block rounded border border-slate-500 bg-white px-3 py-1.5 hover:bg-slate-100">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={messages.outcomes.followUp.title} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {(
            [
              ["indikatorer", messages.outcomes.followUp.links.indicators],
              ["insatser", messages.outcomes.followUp.links.interventions],
              ["uppfoljning", messages.outcomes.followUp.links.followUp],
            ] as const
          ).map(([path, label]) => (
            <li key={path}>
              <Link href={`${base}/${path}`} className="text-blue-800 underline">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3">
            {t.details}
          </h2>
          <SceneDetails scene={scene} />
          <h2 className="mt-8 mb-3">{t.lineage}</h2>
          <SceneLineage entries={describeLineage(user, scene)} />
          <h2 className="mt-8 mb-3">{t.assessments}</h2>
          <SceneAssessments sceneRef={scene.ref} sceneId={scene.id} rows={assessments} startYear={canStart ? thisYear : null} />
        </section>
        <SceneMap
          label={t.mapLabel}
          height="24rem"
          tiles={getTileConfig(getEnv())}
          scenes={[
            {
              id: scene.id,
              ref: scene.ref,
              name: scene.name,
              status: scene.status,
              lat: scene.lat,
              lng: scene.lng,
              extent: scene.extent,
              areaM2: scene.areaM2,
              municipalityName: scene.municipality.name,
              policeAreaName: scene.policeArea.name,
            },
          ]}
        />
      </div>
    </>
  );
}
