import "server-only";
import { db } from "@/lib/db";

export type PoliceAreaOption = { id: string; name: string; policeDistrict: string; validFrom: Date | null; validTo: Date | null };

export function listMunicipalities() {
  return db.municipality.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

/** Every LPO, current and historical, grouped by police district in the UI. */
export async function listPoliceAreas(): Promise<PoliceAreaOption[]> {
  const areas = await db.policeArea.findMany({
    select: { id: true, name: true, validFrom: true, validTo: true, policeDistrict: { select: { name: true } } },
    orderBy: [{ policeDistrict: { name: "asc" } }, { name: "asc" }],
  });
  return areas.map(({ policeDistrict, ...a }) => ({ ...a, policeDistrict: policeDistrict.name }));
}

export async function getScopeDescription(user: { municipalityCode: string | null; policeAreaIds: string[] }) {
  const [municipality, policeAreas] = await Promise.all([
    user.municipalityCode ? db.municipality.findUnique({ where: { code: user.municipalityCode }, select: { name: true } }) : null,
    user.policeAreaIds.length
      ? db.policeArea.findMany({ where: { id: { in: user.policeAreaIds } }, select: { name: true }, orderBy: { name: "asc" } })
      : [],
  ]);
  return { municipality: municipality?.name ?? null, policeAreas: policeAreas.map((a) => a.name) };
}
