import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";
import { importedScene, importScenes, JARVA, newTag, YEAR } from "./imported-scenes";

// A personal identity number in free text is refused everywhere with the same message, at the
// field, with what was typed kept, and nothing is written. The scenes are the spec's own
// (imported, refs tagged): the demo data stays as the other specs read it. 19121212-1212 is
// Skatteverket's test number: valid by date and check digit, nobody's.

const PNR = "19121212-1212";
const REFUSED =
  "Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.";

// Husby gård, in Stockholm's district Järva (LPO Järva), and a square of about 110 m around it.
const husby = { lat: "59.4125", lng: "17.9305" };
const square = JSON.stringify({
  type: "Polygon",
  coordinates: [
    [
      [17.9295, 59.412],
      [17.9315, 59.412],
      [17.9315, 59.413],
      [17.9295, 59.413],
      [17.9295, 59.412],
    ],
  ],
});

/** The field's description: its hint, if any, then the refusal. */
const refusedAtField = new RegExp(`${REFUSED.replace(/[.()]/g, "\\$&")}$`);

/** The refused form as axe reads it: the error tied to its field breaks no rule. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  return page;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a scene's description with an identity number comes back at the field, with the form as typed", async ({ page }) => {
    await signedIn(page, demoAccounts.jarva);
    const name = `Husby gård ${newTag()}`;
    const description = `Säljaren ${PNR} står vid trappan.`;
    await page.goto("/platser/ny");
    await page.getByLabel("Namn", { exact: true }).fill(name);
    await page.getByLabel("Beskrivning", { exact: true }).fill(description);
    await page.getByLabel("Kommun").selectOption({ label: "Stockholm (0180)" });
    await page.getByLabel("Lokalpolisområde").selectOption({ label: "Järva" });
    await page.getByLabel("Stadsdelsområde").selectOption({ label: "Järva" });
    await page.getByLabel("Latitud").fill(husby.lat);
    await page.getByLabel("Longitud").fill(husby.lng);
    await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(square);
    await page.getByRole("button", { name: "Registrera platsen" }).click();

    await expect(page.getByLabel("Beskrivning", { exact: true })).toHaveAccessibleDescription(refusedAtField);
    await expect(page.getByLabel("Beskrivning", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Beskrivning", { exact: true })).toHaveValue(description);
    await expect(page.getByLabel("Namn", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Latitud")).toHaveValue(husby.lat);
    await expect(page.getByLabel("Utbredning (GeoJSON-polygon)")).toHaveValue(square);

    // The newest reference first: a scene registered by the refused post would head the list.
    await page.goto("/platser?sort=ref&dir=desc");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(name)).toHaveCount(0);
  });
});

test("a return comment and an intervention with an identity number are refused with the same message, nothing written", async ({
  browser,
}) => {
  const ref = `${newTag()}-JV`;
  const admin = await signedIn(await (await browser.newContext()).newPage(), demoAccounts.admin);
  await importScenes(admin, [importedScene(ref, JARVA, { status: "submitted", description: "Torget vid entrén." })]);

  const municipality = await signedIn(await (await browser.newContext()).newPage(), demoAccounts.stockholm);
  await municipality.goto(`/platser/${ref}/bedomningar/${YEAR}`);
  const comment = municipality.getByLabel("Vad behöver polisen ändra?");
  await comment.fill(`Stryk ${PNR} ur beskrivningen.`);
  await municipality.getByRole("button", { name: "Returnera till polisen" }).click();
  await expect(comment).toHaveAccessibleDescription(refusedAtField);
  await expect(comment).toHaveValue(`Stryk ${PNR} ur beskrivningen.`);
  await expectNoViolations(municipality);
  await municipality.reload();
  await expect(municipality.getByRole("button", { name: "Medsignera" })).toBeVisible();
  await expect(municipality.getByText(PNR)).toHaveCount(0);

  const police = await signedIn(await (await browser.newContext()).newPage(), demoAccounts.jarva);
  await police.goto(`/platser/${ref}/insatser`);
  await police.getByLabel("Typ av insats", { exact: true }).selectOption({ label: "Kamerabevakning" });
  await police.getByLabel("Ansvarig aktör", { exact: true }).selectOption({ label: "Polisen" });
  await police.getByLabel("Startdatum", { exact: true }).fill(`${YEAR}-01-15`);
  const description = police.getByLabel("Beskrivning", { exact: true });
  await description.fill(`Samtal med ${PNR} varje kväll.`);
  await police.getByRole("button", { name: "Registrera insatsen" }).click();
  await expect(description).toHaveAccessibleDescription(refusedAtField);
  await expect(description).toHaveValue(`Samtal med ${PNR} varje kväll.`);
  await expect(police.getByLabel("Startdatum", { exact: true })).toHaveValue(`${YEAR}-01-15`);
  await expectNoViolations(police);
  await police.reload();
  await expect(police.getByRole("link", { name: /^Utvärdera: / })).toHaveCount(0);
  await expect(police.getByText(PNR)).toHaveCount(0);

  await admin.goto("/admin/import");
  const file = { format: "oppna-drogscener/import-v1", scenes: [{ ...importedScene(`${newTag()}-JV`, JARVA), description: `Vid ${PNR}` }] };
  await admin
    .getByLabel("Importfil")
    .setInputFiles({ name: "pnr.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await admin.getByRole("button", { name: "Importera" }).click();
  await expect(admin.getByText("Filen innehåller 1 fel. Ingenting har importerats.")).toBeVisible();
  await expect(admin.getByTestId("import-issues").getByRole("listitem")).toHaveText([`scenes[0].description: ${REFUSED}`]);
});
