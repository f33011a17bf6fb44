import "server-only";
import { checkPlaceAttribution, formWording, type AttributionFacts, type AttributionField } from "@/lib/areas/attribution";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldErrors } from "@/lib/forms/form-state";
import { toIsoDayOrNull } from "@/lib/days";

export type Attribution = { municipalityCode: string; policeAreaId: string; districtId: string | null };

/** Today as an ISO day in Swedish time, the day attributions are checked on. */
export function todayInSweden(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
}

/** The form's fields for the rule's. */
const FORM_FIELDS: Record<AttributionField, keyof Attribution> = {
  municipalityCode: "municipalityCode",
  policeArea: "policeAreaId",
  district: "districtId",
};

/** The reference facts about one place, keyed by id: its areas and the coverages that could hold it. */
async function loadPlaceFacts(tx: Prisma.TransactionClient, place: Attribution): Promise<AttributionFacts> {
  // One after the other: a transaction runs on one connection, which takes one query at a time.
  const municipality = await tx.municipality.findUnique({ where: { code: place.municipalityCode }, select: { name: true } });
  const policeArea = await tx.policeArea.findUnique({ where: { id: place.policeAreaId }, select: { name: true } });
  const district = place.districtId
    ? await tx.district.findUnique({ where: { id: place.districtId }, select: { name: true, municipalityCode: true } })
    : null;
  const coverages = await tx.policeAreaCoverage.findMany({
    where: { policeAreaId: place.policeAreaId, municipalityCode: place.municipalityCode, districtId: place.districtId },
  });
  return {
    municipalities: new Map(municipality ? [[place.municipalityCode, municipality]] : []),
    policeAreas: new Map(policeArea ? [[place.policeAreaId, policeArea]] : []),
    districts: new Map(district && place.districtId ? [[place.districtId, district]] : []),
    coverages: coverages.map((c) => ({
      policeArea: c.policeAreaId,
      municipalityCode: c.municipalityCode,
      district: c.districtId,
      validFrom: toIsoDayOrNull(c.validFrom),
      validTo: toIsoDayOrNull(c.validTo),
    })),
  };
}

/**
 * Checks a place's municipality, LPO and district against the reference data on the given day
 * (lib/areas/attribution.ts): the LPO must cover the municipality (in Stockholm city: the
 * district) on that day.
 */
export async function checkAttribution(tx: Prisma.TransactionClient, place: Attribution, day: string): Promise<FieldErrors | null> {
  const facts = await loadPlaceFacts(tx, place);
  const keys = { municipalityCode: place.municipalityCode, policeArea: place.policeAreaId, district: place.districtId };
  const issues = checkPlaceAttribution(facts, keys, day, formWording);
  if (issues.length === 0) return null;
  const errors: FieldErrors = {};
  for (const { field, message } of issues) (errors[FORM_FIELDS[field]] ??= []).push(message);
  return errors;
}
