import { expect, test } from "@playwright/test";
import { demoAccounts, signIn, signOut } from "./fixtures";

// The demo holds a complete 2025 (its round closed) and a 2026 in progress: the dashboard opens on
// 2025, says "preliminary" for 2026 with no verdict on the goal, and the 2025 report ends at 2025.

test("the dashboard opens on the latest complete year, and a year in progress says preliminary", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const api2026 = await (await page.request.get("/api/v1/stats/2026")).json();
  expect(api2026).toMatchObject({ complete: false, onTrack: null });
  expect(api2026.notYetAssessed).toBe(api2026.active - api2026.assessed);
  expect((await (await page.request.get("/api/v1/stats/2025")).json()).complete).toBe(true);

  await page.goto("/oversikt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt 2025");
  await expect(page.getByTestId("year-status")).toHaveCount(0);
  await expect(page.getByTestId("goal-verdict")).toBeVisible();

  await page.goto("/oversikt?ar=2026");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt 2026");
  await expect(page.getByTestId("year-status")).toContainText(
    `Preliminärt: ${api2026.assessed} av ${api2026.active} aktiva platser bedömda`,
  );
  await expect(page.getByTestId("goal-verdict")).toHaveCount(0);
  await expect(page.getByTestId("figure-not-yet-assessed")).toHaveText(String(api2026.notYetAssessed));
  await expect(page.getByTestId("figure-ceased")).toHaveText(String(api2026.ceased));
  // The chart marks 2026 as preliminary, in its table too.
  await page.getByText("Visa som tabell").click();
  const series = page.getByRole("table", { name: "Utvecklingen mot målet" });
  await expect(series.getByRole("row", { name: /^2026/ })).toContainText("Preliminärt");
  await expect(series.getByRole("row", { name: /^2021/ })).toContainText("Första året med uppgifter");
  await expect(page.getByText(/Ladda ner data/).locator("..")).toContainText("Preliminärt");
});

test("the 2025 report shows the series up to 2025 only", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/rapport/2025");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Öppna drogscener i Stockholms län 2025");
  const chart = page.getByRole("img", { name: /Stapeldiagram/ });
  await expect(chart).toHaveAttribute("aria-label", /2025: \d+/);
  await expect(chart).not.toHaveAttribute("aria-label", /2026/);
  await page.getByText("Visa som tabell").click();
  const series = page.getByRole("table", { name: "Utvecklingen mot målet" });
  await expect(series.getByRole("row", { name: /^2025/ })).toBeVisible();
  await expect(series.getByRole("row", { name: /^2026/ })).toHaveCount(0);
});

test("the round: the steering group sees every scene and who acts next; the admin extends the deadline", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const api = await (await page.request.get("/api/v1/stats/2026")).json();
  await page.goto("/bedomningar?ar=2026");
  await expect(page.getByTestId("round-summary")).toContainText(`${api.assessed} av ${api.active} aktiva platser bedömda`);
  const scenes = page.getByRole("table", { name: "Platser i kartläggningen" });
  await expect(scenes.getByRole("row")).toHaveCount(1 + api.active);
  await expect(scenes.getByRole("row", { name: /S-0002/ })).toContainText("Kommunen medsignerar");
  // Skanstull: no other spec starts its assessment (notifications.spec.ts starts Barkarby's).
  await expect(scenes.getByRole("row", { name: /S-0009/ })).toContainText("Inte påbörjad");

  await signOut(page);
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/kartlaggning");
  // Opening a year twice is refused at the field, and what was typed stays.
  await page.getByLabel("År").fill("2026");
  await page.getByLabel("Sista dag", { exact: true }).fill("2999-01-31");
  await page.getByRole("button", { name: "Öppna kartläggningen" }).click();
  await expect(page.getByText("Kartläggningen 2026 är redan öppnad.")).toBeVisible();
  await expect(page.getByLabel("Sista dag", { exact: true })).toHaveValue("2999-01-31");

  await page.getByLabel("Ändra sista dag (2026)").fill("2999-12-31");
  await page
    .getByLabel("Ändra sista dag (2026)")
    .locator("xpath=ancestor::form")
    .getByRole("button", { name: "Spara ny sista dag" })
    .click();
  await expect(page.getByRole("region", { name: "Kartläggningen 2026" }).getByTestId("round-summary")).toContainText("31 december 2999");
});
