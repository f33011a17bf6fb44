import type { Metadata } from "next";
import { SceneLifecycleForm } from "@/components/scenes/scene-lifecycle-form";
import { messages } from "@/lib/i18n";
import { closeSceneAction } from "@/lib/scenes/actions";
import { requireEditableScene } from "@/lib/scenes/require-editable-scene";
import { currentYear } from "@/lib/years";

const t = messages.scenes;
export const metadata: Metadata = { title: t.closeScene };

export default async function CloseScenePage({ params }: PageProps<"/platser/[ref]/stang">) {
  const { scene } = await requireEditableScene(params);
  return (
    <>
      <h1 className="mb-2">
        {t.closeScene}: {scene.name} <span className="font-mono text-lg text-slate-600">({scene.ref})</span>
      </h1>
      <p className="mb-6 max-w-2xl">{t.closeIntro}</p>
      <SceneLifecycleForm
        action={closeSceneAction}
        kind="close"
        scene={{ id: scene.id, version: scene.version }}
        defaultYear={currentYear()}
        submitLabel={t.closeScene}
      />
    </>
  );
}
