import "server-only";
import { messages } from "@/lib/i18n";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";

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

/** The user's scope as the pages name it: "Stockholm kommun", their LPOs, or the county. */
export async function describeScope(user: { municipalityCode: string | null; policeAreaIds: string[] }): Promise<string> {
  const scope = await getScopeDescription(user);
  if (scope.municipality) return messages.overview.municipality(scope.municipality);
  return scope.policeAreas.length ? scope.policeAreas.join(", ") : messages.overview.county;
}

/** Valid on the given day (both bounds inclusive, null open-ended). */
function validOn(day: Date) {
  return { AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: day } }] }, { OR: [{ validTo: null }, { validTo: { gte: day } }] }] };
}

/**
 * The choices of the scene form: areas valid today; an analyst chooses among their own LPOs.
 */
export async function listSceneFormOptions(user: SessionUser, today: string) {
  const day = new Date(`${today}T00:00:00Z`);
  const [municipalities, policeAreas, districts] = await Promise.all([
    listMunicipalities(),
    db.policeArea.findMany({
      where: { AND: [validOn(day), user.role === "POLICE_ANALYST" ? { id: { in: user.policeAreaIds } } : {}] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.district.findMany({ where: validOn(day), select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { municipalities, policeAreas, districts };
}

/** Every LPO and district, for filters over past years too. */
export async function listFilterOptions() {
  const [municipalities, policeAreas, districts] = await Promise.all([
    listMunicipalities(),
    db.policeArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.district.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { municipalities, policeAreas, districts };
}
