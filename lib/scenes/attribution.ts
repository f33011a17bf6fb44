import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldErrors } from "@/lib/forms/form-state";
import { messages } from "@/lib/i18n";

const t = messages.scenes;

export type Attribution = { municipalityCode: string; policeAreaId: string; districtId: string | null };

/** Today as an ISO day in Swedish time, the day attributions are checked on. */
export function todayInSweden(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
}

/**
 * Checks a place's municipality, LPO and district against the reference data on the given day:
 * the LPO must cover the municipality (in Stockholm city: the district) on that day.
 */
export async function checkAttribution(tx: Prisma.TransactionClient, place: Attribution, day: string): Promise<FieldErrors | null> {
  // One after the other: a transaction runs on one connection, which takes one query at a time.
  const municipality = await tx.municipality.findUnique({ where: { code: place.municipalityCode }, select: { name: true } });
  const policeArea = await tx.policeArea.findUnique({ where: { id: place.policeAreaId }, select: { name: true } });
  const district = place.districtId
    ? await tx.district.findUnique({ where: { id: place.districtId }, select: { name: true, municipalityCode: true } })
    : null;
  const errors: FieldErrors = {};
  if (!municipality) errors.municipalityCode = [t.unknownMunicipality];
  if (!policeArea) errors.policeAreaId = [t.unknownPoliceArea];
  if (place.districtId && (!district || district.municipalityCode !== place.municipalityCode)) errors.districtId = [t.unknownDistrict];
  if (Object.keys(errors).length) return errors;

  const date = new Date(`${day}T00:00:00Z`);
  const covering = await tx.policeAreaCoverage.count({
    where: {
      policeAreaId: place.policeAreaId,
      municipalityCode: place.municipalityCode,
      districtId: place.districtId,
      AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: date } }] }, { OR: [{ validTo: null }, { validTo: { gte: date } }] }],
    },
  });
  if (covering > 0) return null;
  const placeName = district ? `stadsdelsområde ${district.name}` : `${municipality!.name} kommun`;
  return { policeAreaId: [t.policeAreaNotCovering(policeArea!.name, placeName)] };
}
