import type { SceneDetail } from "./queries";

/** The scene form's fields as text, as the inputs hold them. */
export type SceneFormValues = {
  id?: string;
  version?: number;
  name: string;
  description: string;
  municipalityCode: string;
  policeAreaId: string;
  districtId: string;
  lat: string;
  lng: string;
  extent: string;
  firstYear: string;
};

/** A stored scene as the edit form's initial values (text, as the fields hold it). */
export function toSceneFormValues(scene: SceneDetail): SceneFormValues {
  return {
    id: scene.id,
    version: scene.version,
    name: scene.name,
    description: scene.description,
    municipalityCode: scene.municipalityCode,
    policeAreaId: scene.policeAreaId,
    districtId: scene.districtId ?? "",
    lat: String(scene.lat),
    lng: String(scene.lng),
    extent: scene.extent ? JSON.stringify(scene.extent) : "",
    firstYear: String(scene.firstYear),
  };
}
