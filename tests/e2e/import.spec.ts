import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

// This year's assessment: an imported scene followed since an earlier, closed year without that
// year's assessment would change the demo's complete years for the specs that run after this one.
const YEAR = new Date().getFullYear();

const square = (lat: number, lng: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [lng - 0.0005, lat - 0.0005],
      [lng + 0.0005, lat - 0.0005],
      [lng + 0.0005, lat + 0.0005],
      [lng - 0.0005, lat + 0.0005],
      [lng - 0.0005, lat - 0.0005],
    ],
  ],
});

const scene = (ref: string, extra: object = {}) => ({
  ref,
  name: `Importerad plats ${ref}`,
  municipalityCode: "0123",
  policeArea: "Järfälla",
  location: { lat: 59.4225, lng: 17.835 },
  assessments: [
    {
      year: YEAR,
      status: "cosigned",
      isOpenDrugScene: true,
      extent: square(59.4225, 17.835),
      development: "unchanged",
      mainSubstance: "cannabis",
    },
  ],
  ...extra,
});

const file = (name: string, body: object) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(body)) });

test("an admin's bad import file is refused with every error listed, a good one imported once", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/import");
  const bad = {
    format: "oppna-drogscener/import-v1",
    scenes: [
      scene("IMP-1", { municipalityCode: "9999" }),
      scene("IMP-1"),
      scene("IMP-2", { assessments: [{ year: 1999, status: "cosigned", isOpenDrugScene: true }] }),
    ],
  };
  await page.getByLabel("Importfil").setInputFiles(file("fel.json", bad));
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByText(/Filen innehåller \d+ fel. Ingenting har importerats./)).toBeVisible();
  for (const path of ["scenes[0].municipalityCode", "scenes[1].ref", "scenes[2].assessments[0].year"]) {
    await expect(page.getByText(path, { exact: false }).first()).toBeVisible();
  }

  const good = { format: "oppna-drogscener/import-v1", scenes: [scene("IMP-1")] };
  await page.getByLabel("Importfil").setInputFiles(file("bra.json", good));
  await page.getByRole("button", { name: "Importera" }).click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await expect(page.getByTestId("import-summary").getByRole("row", { name: /Platser/ })).toContainText("1");

  await page.goto("/platser?municipality=0123");
  await expect(page.getByRole("link", { name: "Importerad plats IMP-1" })).toBeVisible();
});

test("a police analyst is refused the import page", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  expect((await page.goto("/admin/import"))?.status()).toBe(403);
});
