import type { Metadata } from "next";
import { SceneForm } from "@/components/scenes/scene-form";
import { listSceneFormOptions } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { can } from "@/lib/auth/permissions";
import { getTileConfig } from "@/lib/map/tiles";
import { createSceneAction } from "@/lib/scenes/actions";
import { todayInSweden } from "@/lib/scenes/attribution";
import { currentYear } from "@/lib/years";

const t = messages.scenes;
export const metadata: Metadata = { title: t.newScene };

export default async function NewScenePage() {
  const user = await requirePermission("scene:create");
  const options = await listSceneFormOptions(user, todayInSweden());
  const onlyArea = options.policeAreas.length === 1 ? options.policeAreas[0]!.id : "";
  return (
    <>
      <h1 className="mb-4">{t.newScene}</h1>
      <SceneForm
        action={createSceneAction}
        options={options}
        tiles={getTileConfig(getEnv())}
        canOverride={can(user, "attribution:override")}
        submitLabel={t.create}
        initial={{
          name: "",
          description: "",
          municipalityCode: "",
          policeAreaId: onlyArea,
          districtId: "",
          lat: "",
          lng: "",
          extent: "",
          firstYear: String(currentYear()),
        }}
      />
    </>
  );
}
