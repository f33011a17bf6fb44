import type { Metadata } from "next";
import { SceneForm } from "@/components/scenes/scene-form";
import { listSceneFormOptions } from "@/lib/areas/queries";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { can } from "@/lib/auth/permissions";
import { getTileConfig } from "@/lib/map/tiles";
import { updateSceneAction } from "@/lib/scenes/actions";
import { todayInSweden } from "@/lib/scenes/attribution";
import { toSceneFormValues } from "@/lib/scenes/form-values";
import { requireEditableScene } from "@/lib/scenes/require-editable-scene";

const t = messages.scenes;
export const metadata: Metadata = { title: t.editScene };

export default async function EditScenePage({ params }: PageProps<"/platser/[ref]/redigera">) {
  const { user, scene } = await requireEditableScene(params);
  const options = await listSceneFormOptions(user, todayInSweden());
  return (
    <>
      <h1 className="mb-4">
        {t.editScene}: {scene.name} <span className="font-mono text-lg text-slate-600">({scene.ref})</span>
      </h1>
      <SceneForm
        action={updateSceneAction}
        options={options}
        tiles={getTileConfig(getEnv())}
        canOverride={can(user, "attribution:override")}
        submitLabel={t.save}
        initial={toSceneFormValues(scene)}
      />
    </>
  );
}
