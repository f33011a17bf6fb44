import type { LatLng } from "@/lib/scenes/geometry";

// Where a year's questionnaire lives in the admin pages, and the place its preview shows. Client-safe.

export const QUESTIONNAIRES_PATH = "/admin/formular";

export const questionnairePath = (year: number) => `${QUESTIONNAIRES_PATH}/${year}`;

export const questionPath = (year: number, code: string) => `${questionnairePath(year)}/fragor/${encodeURIComponent(code)}`;

export const previewPath = (year: number) => `${questionnairePath(year)}/forhandsgranska`;

export const comparePath = (from: number, to: number) => `${QUESTIONNAIRES_PATH}/jamfor?fran=${from}&till=${to}`;

/**
 * The preview's example place, Jakobsbergs centrum in Järfälla: its areas are filled in as an
 * analyst's form fills in the scene's, so that the preview checks the answers, not the areas.
 */
export const PREVIEW_PLACE = { point: { lat: 59.4225, lng: 17.835 } satisfies LatLng, municipalityCode: "0123", policeArea: "Järfälla" };
export const PREVIEW_POINT: LatLng = PREVIEW_PLACE.point;
