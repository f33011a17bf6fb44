import type { LatLng } from "@/lib/scenes/geometry";

// Where a year's questionnaire lives in the admin pages, and the place its preview shows. Client-safe.

export const QUESTIONNAIRES_PATH = "/admin/formular";

export const questionnairePath = (year: number) => `${QUESTIONNAIRES_PATH}/${year}`;

export const questionPath = (year: number, code: string) => `${questionnairePath(year)}/fragor/${encodeURIComponent(code)}`;

export const previewPath = (year: number) => `${questionnairePath(year)}/forhandsgranska`;

export const comparePath = (from: number, to: number) => `${QUESTIONNAIRES_PATH}/jamfor?fran=${from}&till=${to}`;

/** The preview's example place: Sergels torg, in the middle of the county's largest municipality. */
export const PREVIEW_POINT: LatLng = { lat: 59.3325, lng: 18.0649 };
