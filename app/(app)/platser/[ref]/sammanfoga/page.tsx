import type { Metadata } from "next";
import { SceneLifecycleForm } from "@/components/scenes/scene-lifecycle-form";
import { messages } from "@/lib/i18n";
import { mergeSceneAction } from "@/lib/scenes/actions";
import { requireEditableScene } from "@/lib/scenes/require-editable-scene";
import { listActiveScenes } from "@/lib/scenes/queries";
import { currentYear } from "@/lib/years";

const t = messages.scenes;
export const metadata: Metadata = { title: t.mergeScene };

export default async function MergeScenePage({ params }: PageProps<"/platser/[ref]/sammanfoga">) {
  const { user, scene } = await requireEditableScene(params);
  const candidates = await listActiveScenes(user, scene.id);
  return (
    <>
      <h1 className="mb-2">
        {t.mergeScene}: {scene.name} <span className="font-mono text-lg text-slate-600">({scene.ref})</span>
      </h1>
      <p className="mb-6 max-w-2xl">{t.mergeIntro}</p>
      <SceneLifecycleForm
        action={mergeSceneAction}
        kind="merge"
        scene={{ id: scene.id, version: scene.version }}
        defaultYear={currentYear()}
        candidates={candidates}
        submitLabel={t.mergeScene}
      />
    </>
  );
}
