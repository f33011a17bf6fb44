import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signIn, waitForMap } from "./fixtures";

// The review loop (issue 11): what the co-signer sees, what the analyst keeps sight of, the long
// form after a failed submit, and the history in words. The demo data's 2026: Tensta centrum
// (S-0002, Järva, Stockholm) is submitted, Husby centrum (S-0003, Järva) returned by Klara
// Stockholm. No test here writes: a failed submit leaves the assessment as it was.

const YEAR = new Date().getFullYear();
const tensta = `/platser/S-0002/bedomningar/${YEAR}`;
const husby = `/platser/S-0003/bedomningar/${YEAR}`;

test("the municipality co-signs with this year's extent over last year's outline, and last year's answers beside the changed ones", async ({
  page,
}) => {
  await signIn(page, demoAccounts.stockholm);
  await page.goto(tensta);
  await expect(page.getByRole("button", { name: "Medsignera" })).toBeVisible();

  const comparison = page.getByRole("region", { name: "Utbredning jämfört med tidigare" });
  const map = comparison.getByRole("region", { name: `Karta: platsens utbredning ${YEAR} och ${YEAR - 1}` });
  await expect(map).toBeVisible();
  // Two outlines, last year's dashed, and the scene's point: drawn without a tile server. (Leaflet
  // draws them in its overlay pane; its attribution has an SVG of its own.)
  const shapes = map.locator(".leaflet-overlay-pane path");
  await expect(shapes).toHaveCount(3);
  await expect(shapes.and(page.locator('[stroke-dasharray="8 6"]'))).toHaveCount(1);
  const legend = comparison.getByRole("list", { name: "Teckenförklaring" });
  await expect(legend.getByRole("listitem")).toHaveText([
    `Utbredning ${YEAR} (heldragen linje, fylld)`,
    `Utbredning ${YEAR - 1} (streckad linje)`,
  ]);
  // The same in words: both areas and the change.
  await expect(comparison.getByRole("term")).toHaveText([`Yta ${YEAR}`, `Yta ${YEAR - 1}`, "Förändring"]);
  await expect(comparison.getByRole("definition").nth(0)).toHaveText(/^\d[\d\s]* m²$/);
  await expect(comparison.getByRole("definition").nth(2)).toHaveText(/^[+−][\d\s]+ m² \([+−][\d,]+\s%\)$/);

  // Development went from "reduced" to "unchanged"; whether it is a scene did not change.
  const classification = page.getByRole("region", { name: "Klassificering" });
  await expect(classification.getByRole("definition").filter({ hasText: "Förra året" })).toHaveText([`Förra året (${YEAR - 1}): Minskad`]);
  await expect(classification.getByRole("term").filter({ hasText: "Utveckling sedan förra året" })).toContainText("Ändrat");
  await expect(classification.getByRole("term").filter({ hasText: "Är platsen en öppen drogscen" })).not.toContainText("Ändrat");
});

test("the analyst's work list keeps what waits for the municipality, and says who returned what, when and why", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  await page.getByRole("link", { name: "Bedömningar", exact: true }).click();
  const waiting = page.getByRole("region", { name: "Inskickade – väntar på kommunen" });
  await expect(waiting.getByRole("row", { name: /Tensta centrum \(S-0002\)/ })).toContainText(`${YEAR}-10-01`);
  const returned = page.getByRole("region", { name: "Returnerade till dig" }).getByRole("row", { name: /Husby centrum \(S-0003\)/ });
  await expect(returned).toContainText(`Klara Stockholm (Kommunrepresentant), ${YEAR}-10-08 12:30`);
  await expect(returned).toContainText("”Beskriv samverkan med fastighetsägaren tydligare och kontrollera utbredningen mot torget.”");

  await returned.getByRole("link", { name: "Husby centrum (S-0003)" }).click();
  const note = page.getByRole("note", { name: "Returnerad av kommunen" });
  await expect(note).toContainText(`Klara Stockholm (Kommunrepresentant) returnerade bedömningen ${YEAR}-10-08 12:30:`);
  await expect(note).toContainText("Beskriv samverkan med fastighetsägaren tydligare");
});

async function submitWithoutSiteDescription(page: Page) {
  await page.getByLabel("Beskrivning av platsen").fill("");
  await page.getByRole("button", { name: "Skicka till kommunen" }).click();
}

function sectionList(page: Page) {
  return page.getByRole("navigation", { name: "Formulärets delar" });
}

test("a failed submit of the long form moves focus to an error summary that leads to the question", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  await page.goto(husby);
  // Typing goes in once the page has hydrated (its map has mounted): before that, React may reset it.
  await waitForMap(page);
  await expect(sectionList(page).getByRole("link")).toHaveCount(8);
  await expect(sectionList(page).getByRole("link", { name: /^4\. Fysisk plats/ })).toContainText("klar");

  await submitWithoutSiteDescription(page);
  const summary = page.getByRole("heading", { name: "Det finns 1 fel i formuläret" });
  await expect(summary).toBeFocused();
  await expect(sectionList(page).getByRole("link", { name: /^4\. Fysisk plats/ })).toContainText("fel");
  await expect(sectionList(page).getByRole("link", { name: /^1\. Klassificering/ })).toContainText("klar");
  await page.getByRole("link", { name: "Beskrivning av platsen" }).click();
  await expect(page.getByLabel("Beskrivning av platsen")).toBeFocused();
  await expect(page.getByLabel("Beskrivning av platsen")).toHaveAccessibleDescription("Besvara frågan innan bedömningen skickas.");

  // The section list follows the answers as they are given.
  await page.getByLabel("Beskrivning av platsen").fill("Torget vid tunnelbanan.");
  await expect(sectionList(page).getByRole("link", { name: /^4\. Fysisk plats/ })).toContainText("1 av 1 obligatoriska besvarade");
  // Nothing was written: the assessment is still returned.
  await page.goto(husby);
  await expect(page.getByText("Returnerad", { exact: true })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server renders the error summary, the browser focuses it, and its link leads to the question", async ({ page }) => {
    await signIn(page, demoAccounts.jarva);
    await page.goto(husby);
    await submitWithoutSiteDescription(page);
    await expect(page.getByRole("heading", { name: "Det finns 1 fel i formuläret" })).toBeFocused();
    await page.getByRole("link", { name: "Beskrivning av platsen" }).click();
    await expect(page).toHaveURL(/#field-q\.site_description$/);
    await expect(page.getByLabel("Beskrivning av platsen")).toBeFocused();
  });
});

test("the history names people by name and role, and answers by their labels", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  await page.goto(`${husby}/historik`);
  const history = page.getByRole("list", { name: "Händelser" });
  await expect(history.getByRole("listitem").filter({ hasText: "Bedömning returnerad" })).toContainText(
    "Klara Stockholm (Kommunrepresentant)",
  );
  const created = history.getByRole("listitem").filter({ hasText: "Bedömning påbörjad" });
  await expect(created).toContainText("Jonna Järva (Polisanalytiker)");
  await expect(created).toContainText("Platsen ligger vid: Tunnelbana, Torg eller centrum");
  await expect(created).toContainText("Huvudsakligt preparat: Kokain");
  for (const raw of ["@demo.test", "adjoins", "partners", "main_substance", "cocaine"]) await expect(history).not.toContainText(raw);
});
