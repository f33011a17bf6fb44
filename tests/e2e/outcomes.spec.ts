import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

const YEAR = new Date().getFullYear();

test("an analyst enters an indicator, registers and evaluates an intervention, and the follow-up shows them", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  await page.goto("/platser/S-0002");
  await page.getByRole("link", { name: "Indikatorer" }).click();
  await expect(page.getByRole("heading", { name: "Utfallsindikatorer: Tensta centrum", level: 1 })).toBeVisible();
  await page.getByLabel("År", { exact: true }).fill(String(YEAR));
  await page.getByLabel("Indikator", { exact: true }).selectOption({ label: "Anmälda våldsbrott" });
  await page.getByLabel("Värde", { exact: true }).fill("20");
  await page.getByLabel("Källa", { exact: true }).fill("Polisens brottsstatistik, testår");
  await page.getByRole("button", { name: "Spara värde" }).click();
  await expect(page.getByText("Värdet har sparats.")).toBeVisible();

  await page.goto("/platser/S-0002/insatser");
  await page.getByLabel("Typ av insats", { exact: true }).selectOption({ label: "Kamerabevakning" });
  await page.getByLabel("Ansvarig aktör", { exact: true }).selectOption({ label: "Polisen" });
  await page.getByLabel("Startdatum", { exact: true }).fill(`${YEAR - 2}-03-01`);
  await page.getByLabel("Beskrivning", { exact: true }).fill("Kameror vid centrumentrén.");
  await page.getByRole("button", { name: "Registrera insatsen" }).click();
  await expect(page.getByText("Insatsen har registrerats.")).toBeVisible();
  await page.getByRole("link", { name: /^Utvärdera: Kamerabevakning/ }).click();
  await page.getByRole("radio", { name: "Positiv effekt" }).check();
  await page.getByLabel("Utvärdering", { exact: true }).fill("Färre våldsbrott vid entrén enligt polisens statistik.");
  await page.getByRole("button", { name: "Spara utvärderingen" }).click();
  await expect(page.getByText("Utvärderingen har sparats.")).toBeVisible();

  await page.goto("/platser/S-0002/uppfoljning");
  const timeline = page.getByRole("table", { name: "Tidslinje" });
  await expect(timeline.getByRole("row", { name: new RegExp(`^${YEAR}`) })).toContainText("20");
  await expect(timeline.getByRole("row", { name: new RegExp(`^${YEAR}`) })).toContainText("Kamerabevakning");
  const comparison = page.getByRole("table", { name: new RegExp(`Kamerabevakning · Polisen · start ${YEAR - 2}-03-01 · Positiv effekt`) });
  // Demo data: violent crimes 28 and 25 the two years before, 20 and 20 (this year's value) after.
  await expect(comparison.getByRole("row", { name: /Anmälda våldsbrott/ })).toContainText("26,5");
  await expect(
    comparison
      .getByRole("row", { name: /Anmälda våldsbrott/ })
      .getByRole("cell")
      .last(),
  ).toHaveText("20");
});

test("the steering group reads the follow-up and the interventions list but cannot register", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/platser/S-0001/insatser");
  await expect(page.getByRole("button", { name: "Registrera insatsen" })).toHaveCount(0);
  await page.goto("/insatser");
  await expect(page.getByRole("heading", { name: "Insatser", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Rinkeby torg" }).first()).toBeVisible();
});

test("the dashboard's sub-goal panels give the API's totals", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const api = await (await page.request.get("/api/v1/stats/2025")).json();
  await page.goto("/oversikt?ar=2025");
  await expect(page.getByTestId("outcome-violent")).toHaveText(String(api.outcomes.violentCrimes));
  await expect(page.getByTestId("outcome-detected")).toHaveText(String(api.outcomes.detectedCrimes));
  await expect(page.getByTestId("outcome-unsafe")).toHaveText(
    `${new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 }).format(api.outcomes.unsafeShare * 100)} %`,
  );
});
