import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, mainNav, signIn } from "./fixtures";

// "Vad fungerar" with the demo data (prisma/seed/demo-interventions*.ts): situational prevention
// at enough scenes with violent crime falling well beyond comparable scenes, camera surveillance
// at too few scenes to say anything.

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const group = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const violentRow = (page: Page, name: string) => group(page, name).getByRole("row", { name: /Anmälda våldsbrott/ });

test.describe.configure({ timeout: 120_000 });

test("the steering group reads what works: each type beside comparable scenes, small numbers marked", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await mainNav(page).getByRole("link", { name: "Vad fungerar" }).click();
  await expect(page.getByRole("heading", { name: "Vad fungerar", level: 1 })).toBeVisible();
  await expect(page.getByText("Omfattning: Hela Stockholms län.")).toBeVisible();

  const situational = "Situationell prevention (belysning, ombyggnad)";
  // Enough scenes on both sides: no note, and a fall beyond the comparison's (a negative difference).
  await expect(violentRow(page, situational).getByRole("cell").nth(3)).toHaveText(/^−\d/);
  await expect(violentRow(page, situational)).not.toContainText("För få platser");
  await expect(group(page, "Kamerabevakning").getByText("För få platser för att dra slutsatser").first()).toBeVisible();
  // The method as an admin described it (prisma/seed/demo-outcomes.ts).
  await expect(group(page, situational)).toContainText("bättre belysning, siktlinjer");
  // Detected crime stands beside the police's work, never alone.
  await expect(group(page, situational).getByRole("row", { name: /Andel platser där polisen har arbetat/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Per kombination av aktörer" })).toBeVisible();
  await expect(group(page, "Kommunen + Polisen")).toBeVisible();
  await expectNoViolations(page);

  // A narrower choice of start years narrows the figures, in the address and the form.
  await page.getByLabel("Insatser som startade från år").selectOption("2025");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/fran=2025/);
  await expect(page.getByLabel("Insatser som startade från år")).toHaveValue("2025");
});

test("the printed version leaves the menu and the controls out and keeps the tables", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/vad-fungerar");
  await expect(page.getByRole("heading", { name: "Vad fungerar", level: 1 })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(mainNav(page)).toBeHidden();
  await expect(page.getByRole("button", { name: "Skriv ut eller spara som PDF" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Filtrera" })).toBeHidden();
  await expect(page.getByText(/^Sammanställd .* ur insatsregistret/)).toBeVisible();
  await expect(violentRow(page, "Kamerabevakning")).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});

test("a municipal representative sees their own municipality's interventions only", async ({ page }) => {
  await signIn(page, demoAccounts.jarfallaMunicipality);
  await page.goto("/vad-fungerar");
  await expect(page.getByText("Omfattning: Järfälla kommun.")).toBeVisible();
  await expect(group(page, "Kamerabevakning")).toBeHidden();
  await expectNoViolations(page);
});
