import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

// Scenes a test imports for itself through Admin → Import, so that what it changes (or what an
// attack would change) is its own and no other spec's: refs carry a tag unique to the test.

export const YEAR = new Date().getFullYear();

export type Place = { municipalityCode: string; policeArea: string; district?: string; location: { lat: number; lng: number } };
export const JARVA: Place = { municipalityCode: "0180", policeArea: "Järva", district: "Järva", location: { lat: 59.4098, lng: 17.926 } };
export const JARFALLA: Place = { municipalityCode: "0123", policeArea: "Järfälla", location: { lat: 59.4225, lng: 17.835 } };

/** A small square extent around a point (about 110 × 55 m). */
export function square({ lat, lng }: Place["location"]) {
  const d = 0.0005;
  const ring = [
    [lng - d, lat - d],
    [lng + d, lat - d],
    [lng + d, lat + d],
    [lng - d, lat + d],
    [lng - d, lat - d],
  ];
  return { type: "Polygon", coordinates: [ring] };
}

type ImportedAssessment = { status: "draft" | "submitted" | "cosigned"; description: string };

export function importedScene(ref: string, place: Place, assessment?: ImportedAssessment) {
  return {
    ref,
    name: `Attackmål ${ref}`,
    ...place,
    extent: square(place.location),
    // This year only: a scene active last year without its assessment would make that (closed,
    // complete) year one with a scene missing, for every spec that reads it after this one.
    firstYear: YEAR,
    assessments: assessment
      ? [
          {
            year: YEAR,
            status: assessment.status,
            isOpenDrugScene: true,
            development: "unchanged",
            mainSubstance: "cannabis",
            answers: { site_description: assessment.description },
          },
        ]
      : [],
  };
}

/** Imports the test's own scenes as the admin, through Admin → Import. */
export async function importScenes(admin: Page, scenes: ReturnType<typeof importedScene>[]) {
  await admin.goto("/admin/import");
  const body = JSON.stringify({ format: "oppna-drogscener/import-v1", scenes });
  await admin.getByLabel("Importfil").setInputFiles({ name: "attacker.json", mimeType: "application/json", buffer: Buffer.from(body) });
  await admin.getByRole("button", { name: "Importera" }).click();
  const created = admin
    .getByTestId("import-summary")
    .getByRole("row", { name: /^Platser/ })
    .getByRole("cell")
    .first();
  await expect(created).toHaveText(String(scenes.length));
}

/** A tag of its own per test: refs are unique in the database the whole run shares. */
export const newTag = () => `ATK-${randomUUID().slice(0, 8)}`;
