import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SceneAssessments } from "@/components/assessments/scene-assessments";
import { SceneDetails } from "@/components/scenes/scene-details";
import { SceneLineage } from "@/components/scenes/scene-lineage";
import { SceneEditLinks, SceneFollowUpNav } from "@/components/scenes/scene-links";
import { SceneLocation } from "@/components/scenes/scene-location";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { getTileConfig } from "@/lib/map/tiles";
import { describeLineage } from "@/lib/scenes/lineage";
import { getScene } from "@/lib/scenes/queries";
import { listSceneAssessments } from "@/lib/assessments/queries";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { readNotice } from "@/lib/forms/notices";
import { currentYear } from "@/lib/years";
import { getLastAssessableYear } from "@/lib/rounds/queries";

const t = messages.scenes;

export async function generateMetadata({ params }: PageProps<"/platser/[ref]">): Promise<Metadata> {
  return { title: decodeURIComponent((await params).ref) };
}

export default async function ScenePage({ params, searchParams }: PageProps<"/platser/[ref]">) {
  const user = await requireUser();
  // Out of scope answers exactly like a scene that does not exist.
  const scene = await getScene(user, decodeURIComponent((await params).ref));
  if (!scene) notFound();
  const notice = readNotice(await searchParams);
  const editable = can(user, "scene:edit", scene) && scene.status === "ACTIVE";
  const base = `/platser/${encodeURIComponent(scene.ref)}`;
  const [assessments, lastOpenYear] = await Promise.all([listSceneAssessments(scene.id), getLastAssessableYear()]);
  // This year's assessment first; next year's once its round is open and this year's exists.
  const startYear = [currentYear(), lastOpenYear].find((year) => !assessments.some((a) => a.year === year));
  const canStart = editable && can(user, "assessment:edit", scene) && startYear !== undefined;
  return (
    <>
      <NoticeBanner notice={notice} />
      <h1 className="mb-1">{scene.name}</h1>
      {scene.description && <p className="mb-4 max-w-3xl whitespace-pre-line text-slate-700">{scene.description}</p>}
      {editable && <SceneEditLinks base={base} />}
      <SceneFollowUpNav base={base} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3">
            {t.details}
          </h2>
          <SceneDetails scene={scene} />
          <h2 className="mt-8 mb-3">{t.lineage}</h2>
          <SceneLineage entries={describeLineage(user, scene)} />
          <h2 className="mt-8 mb-3">{t.assessments}</h2>
          <SceneAssessments sceneRef={scene.ref} sceneId={scene.id} rows={assessments} startYear={canStart ? startYear : null} />
        </section>
        <SceneLocation scene={scene} tiles={getTileConfig(getEnv())} />
      </div>
    </>
  );
}
