import type { PlaceAtPoint } from "@/lib/areas/place-at-point";
import { places } from "@/lib/i18n/sv/places";

// What the scene form fills in from the place at its point (app/api/indelning), and what it tells
// the user. Only an LPO among the user's choices is chosen (an analyst has their own); an LPO the
// point does not accept is cleared. Pure and client-safe.

const a = places.attribution;

export type AttributionValues = { municipalityCode: string; policeAreaId: string; districtId: string };

export function fillFromPlace(
  place: PlaceAtPoint,
  policeAreaChoices: readonly { id: string }[],
  current: AttributionValues,
): { values: AttributionValues; notice: string | null } {
  if (place.status === "none") return { values: current, notice: null };
  if (place.status === "outside") return { values: current, notice: a.lookupOutside };
  const mine = place.policeAreaId !== null && policeAreaChoices.some((o) => o.id === place.policeAreaId);
  const keep = place.policeAreaIds.includes(current.policeAreaId) ? current.policeAreaId : "";
  const values = {
    municipalityCode: place.municipalityCode,
    districtId: place.districtId ?? "",
    policeAreaId: mine ? place.policeAreaId! : keep,
  };
  const where = a.lookupFilled(place.summary);
  if (place.policeAreaId === null) return { values, notice: `${where} ${a.policeAreaChoose}` };
  return { values, notice: mine ? where : a.notYourPoliceArea(place.summary) };
}
