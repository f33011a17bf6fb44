import "server-only";
import { checkPlaceAttribution, formWording, type AttributionFacts, type AttributionField } from "@/lib/areas/attribution";
import { comparePlace, expectPlace } from "@/lib/areas/point-attribution";
import { locatePoint } from "@/lib/areas/point-lookup";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldErrors } from "@/lib/forms/form-state";
import { toIsoDayOrNull } from "@/lib/days";
import { messages } from "@/lib/i18n";
import type { LatLng } from "@/lib/map/types";
import { STOCKHOLM_CITY } from "@/lib/areas/reference-data";
import { can, type SessionUser } from "@/lib/auth/permissions";

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

/** The point's say, with the place's names: null when it agrees, or when no boundaries are loaded. */
async function checkAgainstPoint(tx: Prisma.TransactionClient, place: Attribution, facts: AttributionFacts, point: LatLng, day: string) {
  const located = await locatePoint(tx, point);
  if (!located) return null;
  const expected = expectPlace(located, day, place);
  const district = place.districtId ? facts.districts.get(place.districtId) : undefined;
  const issues = comparePlace(expected, {
    municipality: { code: place.municipalityCode, name: facts.municipalities.get(place.municipalityCode)!.name },
    district: district && place.districtId ? { id: place.districtId, name: district.name } : null,
    policeArea: { id: place.policeAreaId, name: facts.policeAreas.get(place.policeAreaId)!.name },
  });
  return issues.length ? issues : null;
}

export type AttributionCheck =
  | { ok: true; /** For the audit event when an admin kept a place the point disagrees with. */ overrideComment: string | null }
  | { ok: false; fieldErrors: FieldErrors };

/**
 * Checks a place's municipality, LPO and district against the reference data on the given day
 * (lib/areas/attribution.ts): the LPO must cover the municipality (in Stockholm city: the
 * district) on that day. With a point, the place must also be where the point lies
 * (lib/areas/point-attribution.ts), unless an override reason is given (an admin's, checked by
 * the caller): then the disagreement and the reason are returned for the audit event.
 */
export async function checkAttribution(
  tx: Prisma.TransactionClient,
  place: Attribution,
  day: string,
  options: { point?: LatLng; overrideReason?: string | null } = {},
): Promise<AttributionCheck> {
  const facts = await loadPlaceFacts(tx, place);
  const keys = { municipalityCode: place.municipalityCode, policeArea: place.policeAreaId, district: place.districtId };
  const issues = checkPlaceAttribution(facts, keys, day, formWording);
  const fieldErrors: FieldErrors = {};
  for (const { field, message } of issues) (fieldErrors[FORM_FIELDS[field]] ??= []).push(message);
  if (issues.length) return { ok: false, fieldErrors };
  const disagreement = options.point ? await checkAgainstPoint(tx, place, facts, options.point, day) : null;
  if (!disagreement) return { ok: true, overrideComment: null };
  const said = disagreement.map((issue) => issue.message).join(" ");
  if (options.overrideReason)
    return { ok: true, overrideComment: messages.places.attribution.overrideComment(said, options.overrideReason) };
  for (const { field, message } of disagreement) (fieldErrors[field] ??= []).push(message);
  return { ok: false, fieldErrors };
}

export type StatedPlace = { municipalityCode?: string; policeAreaId?: string; districtId: string | null; lat: number; lng: number };

/**
 * Fills the fields left empty from the point (the form without JavaScript sends none): the
 * municipality, in Stockholm city the district, and the LPO where the point decides one.
 */
async function fillFromPoint(tx: Prisma.TransactionClient, stated: StatedPlace, day: string): Promise<Partial<Attribution>> {
  const complete = stated.municipalityCode && stated.policeAreaId && (stated.districtId || stated.municipalityCode !== STOCKHOLM_CITY);
  if (complete) return stated;
  const located = await locatePoint(tx, stated);
  if (!located) return stated;
  const expected = expectPlace(located, day, stated);
  const municipalityCode = stated.municipalityCode ?? expected.municipalities[0]?.code;
  const expectedDistrict = municipalityCode === STOCKHOLM_CITY ? (expected.districts[0]?.id ?? null) : null;
  const districtId = stated.districtId ?? expectedDistrict;
  const [onlyArea, ...others] = expected.policeAreas;
  const samePlace = municipalityCode === expected.municipalities[0]?.code && districtId === expectedDistrict;
  const policeAreaId = stated.policeAreaId ?? (onlyArea && others.length === 0 && samePlace ? onlyArea.id : undefined);
  return { municipalityCode, districtId, policeAreaId };
}

/**
 * A scene's place as saved: the stated areas, those left empty filled from the point, checked
 * against the reference data and the point (checkAttribution). `override` is the reason of an
 * admin keeping a place the point disagrees with; anyone else is refused.
 */
export async function resolveAttribution(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  stated: StatedPlace & { override: string | null },
  day: string,
): Promise<{ ok: true; place: Attribution; overrideComment: string | null } | { ok: false; fieldErrors: FieldErrors }> {
  const t = messages.scenes;
  if (stated.override !== null && !can(actor, "attribution:override")) {
    return { ok: false, fieldErrors: { overrideReason: [messages.places.attribution.overrideNotAllowed] } };
  }
  const filled = await fillFromPoint(tx, stated, day);
  if (!filled.municipalityCode || !filled.policeAreaId) {
    const fieldErrors: FieldErrors = {};
    if (!filled.municipalityCode) fieldErrors.municipalityCode = [t.municipalityRequired];
    if (!filled.policeAreaId) fieldErrors.policeAreaId = [t.policeAreaRequired];
    return { ok: false, fieldErrors };
  }
  const place = { municipalityCode: filled.municipalityCode, policeAreaId: filled.policeAreaId, districtId: filled.districtId ?? null };
  const checked = await checkAttribution(tx, place, day, { point: stated, overrideReason: stated.override });
  return checked.ok ? { ok: true, place, overrideComment: checked.overrideComment } : checked;
}
