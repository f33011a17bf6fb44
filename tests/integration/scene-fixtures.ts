import { db } from "@/lib/db";
import { getPoliceAreaId } from "./helpers";

/** A square of about 100 m around a point, as the GeoJSON text a user would paste. */
export function squareAround(lat: number, lng: number, half = 0.0005): string {
  const ring = [
    [lng - half, lat - half],
    [lng + half, lat - half],
    [lng + half, lat + half],
    [lng - half, lat + half],
    [lng - half, lat - half],
  ];
  return JSON.stringify({ type: "Polygon", coordinates: [ring] });
}

export const places = {
  rinkeby: { lat: 59.388, lng: 17.9285, municipalityCode: "0180", policeArea: "Järva", district: "Järva" },
  jakobsberg: { lat: 59.4225, lng: 17.835, municipalityCode: "0123", policeArea: "Järfälla", district: null },
} as const;

/** The scene form's fields for a valid scene at one of the places. */
export async function sceneForm(place: keyof typeof places, overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  const p = places[place];
  const district = p.district ? await db.district.findUniqueOrThrow({ where: { name: p.district } }) : null;
  return {
    name: `Plats vid ${place}`,
    description: "Torget vid tunnelbanan.",
    municipalityCode: p.municipalityCode,
    policeAreaId: await getPoliceAreaId(p.policeArea),
    districtId: district?.id ?? "",
    lat: String(p.lat),
    lng: String(p.lng),
    extent: squareAround(p.lat, p.lng),
    firstYear: "2023",
    ...overrides,
  };
}
