import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { listDifferences, nameAreas, type ConflictField } from "@/lib/forms/conflict";
import { listFilterOptions } from "@/lib/areas/queries";
import { messages } from "@/lib/i18n";
import { formatArea } from "./geometry";
import { getScene } from "./queries";
import type { UpdateSceneInput } from "./schemas";

const t = messages.scenes;

/** The scene as stored now beside the edit the user sent, field by field where they differ. */
export async function describeSceneConflict(user: SessionUser, scene: { ref: string }, input: UpdateSceneInput): Promise<ConflictField[]> {
  const [stored, options] = await Promise.all([getScene(user, scene.ref), listFilterOptions()]);
  if (!stored) return [];
  const area = nameAreas(options);
  const row = (label: string, storedValue: string, submitted: string) => ({ label, stored: storedValue, submitted });
  return listDifferences([
    row(t.name, stored.name, input.name),
    row(t.description, stored.description, input.description),
    row(t.municipality, area.municipality(stored.municipalityCode), area.municipality(input.municipalityCode)),
    row(t.policeArea, area.policeArea(stored.policeAreaId), area.policeArea(input.policeAreaId)),
    row(t.district, area.district(stored.districtId), area.district(input.districtId)),
    row(t.lat, String(stored.lat), String(input.lat)),
    row(t.lng, String(stored.lng), String(input.lng)),
    row(t.extent, JSON.stringify(stored.extent), JSON.stringify(input.extent)),
    row(t.firstYear, String(stored.firstYear), String(input.firstYear)),
  ]).map((field) =>
    field.label === t.extent
      ? { ...field, stored: stored.areaM2 === null ? "–" : formatArea(stored.areaM2), submitted: formatArea(input.areaM2) }
      : field,
  );
}

/** A close, merge or split that came too late: the scene's status now beside the one intended. */
export async function describeSceneStatusConflict(
  user: SessionUser,
  scene: { ref: string },
  intended: "CLOSED" | "MERGED" | "SPLIT",
): Promise<ConflictField[]> {
  const stored = await getScene(user, scene.ref);
  return stored ? [{ label: t.status, stored: t.statuses[stored.status], submitted: t.statuses[intended] }] : [];
}
