import "server-only";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import type { LatLng } from "@/lib/map/types";
import { expectPlace } from "./point-attribution";
import { locatePoint } from "./point-lookup";
import { STOCKHOLM_CITY } from "./reference-data";

// What the scene form fills in when its point is set (app/api/indelning): reference data and
// boundaries only, no case data.

export type PlaceAtPoint =
  /** No boundaries loaded: the form leaves the fields to the user, as before. */
  | { status: "none" }
  /** Outside every loaded boundary. */
  | { status: "outside" }
  | {
      status: "found";
      municipalityCode: string;
      districtId: string | null;
      /** Null where the point does not decide between two LPOs. */
      policeAreaId: string | null;
      /** The LPOs the point accepts (one, or the two of a split district area outside every stadsdel). */
      policeAreaIds: string[];
      /** Where the point lies, in words: "Husby, Järva, Stockholm (0180), lokalpolisområde Järva". */
      summary: string;
    };

export async function getPlaceAtPoint(point: LatLng, day: string): Promise<PlaceAtPoint> {
  const located = await locatePoint(db, point);
  if (!located) return { status: "none" };
  const place = expectPlace(located, day);
  const [municipality] = place.municipalities;
  if (!municipality) return { status: "outside" };
  const district = municipality.code === STOCKHOLM_CITY ? (place.districts[0] ?? null) : null;
  const [onlyArea, ...others] = place.policeAreas;
  const policeArea = onlyArea && others.length === 0 ? onlyArea : null;
  const parts = [
    located.cityPart?.name,
    district?.name,
    `${municipality.name} (${municipality.code})`,
    policeArea && messages.places.attribution.policeAreaNamed(policeArea.name),
  ];
  return {
    status: "found",
    municipalityCode: municipality.code,
    districtId: district?.id ?? null,
    policeAreaId: policeArea?.id ?? null,
    policeAreaIds: place.policeAreas.map((a) => a.id),
    summary: parts.filter((p, i) => p && parts.indexOf(p) === i).join(", "),
  };
}
