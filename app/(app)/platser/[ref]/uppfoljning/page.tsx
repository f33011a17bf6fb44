import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InterventionComparisons } from "@/components/outcomes/intervention-comparisons";
import { SceneTimeline } from "@/components/outcomes/scene-timeline";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { getSceneFollowUp } from "@/lib/outcomes/timeline";
import { getScene } from "@/lib/scenes/queries";

const t = messages.outcomes.followUp;
export const metadata: Metadata = { title: t.title };

export default async function FollowUpPage({ params }: PageProps<"/platser/[ref]/uppfoljning">) {
  const user = await requireUser();
  const scene = await getScene(user, decodeURIComponent((await params).ref));
  if (!scene) notFound();
  const { years, followUps } = await getSceneFollowUp(scene);
  return (
    <>
      <p className="mb-1">
        <Link href={`/platser/${encodeURIComponent(scene.ref)}`} className="text-blue-800 underline">
          {messages.assessmentForm.backToScene}: {scene.name} ({scene.ref})
        </Link>
      </p>
      <h1 className="mb-2">
        {t.title}: {scene.name}
      </h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t.intro}</p>
      <SceneTimeline years={years} />
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t.detectedNote}</p>
      <section aria-labelledby="comparisons-heading" className="mt-8">
        <h2 id="comparisons-heading" className="mb-1">
          {t.comparisons}
        </h2>
        <p className="mb-4 max-w-3xl text-slate-700">{t.comparisonIntro}</p>
        <InterventionComparisons followUps={followUps} />
      </section>
    </>
  );
}
