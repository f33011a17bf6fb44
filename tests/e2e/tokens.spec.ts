import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

// A steering-group analyst makes their own token for Power BI, uses it on the API, and revokes it.

test("a steering-group member makes a statistics token, reads the figures with it, is refused the exports, and revokes it", async ({
  page,
  request,
}) => {
  const year = new Date().getFullYear();
  await signIn(page, demoAccounts.steering);
  await page.goto("/konto/tokens");
  await expect(page.getByRole("heading", { name: "Mina åtkomsttoken", level: 1 })).toBeVisible();

  // A day in the past is answered at the field.
  await page.getByLabel("Namn på token").fill("Power BI");
  await page.getByLabel("Giltig till och med").fill("2020-01-01");
  await page.getByRole("button", { name: "Skapa token" }).click();
  await expect(page.getByText("Datumet har redan passerat: välj ett datum efter i dag.")).toBeVisible();
  await expect(page.getByLabel("Giltig till och med")).toHaveAttribute("aria-invalid", "true");

  const lastDay = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Giltig till och med").fill(lastDay);
  await page.getByRole("radio", { name: "Endast statistik" }).check();
  await page.getByRole("button", { name: "Skapa token" }).click();

  // Shown once, where focus lands.
  const field = page.getByLabel("Token", { exact: true });
  await expect(field).toBeFocused();
  const token = await field.inputValue();
  expect(token).toMatch(/^ods_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("button", { name: "Kopiera" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Power BI" });
  await expect(row).toContainText("Endast statistik");
  await expect(row).toContainText(lastDay);
  await expect(row).toContainText("Aktiv");

  const headers = { Authorization: `Bearer ${token}` };
  const stats = await request.get(`/api/v1/stats/${year}`, { headers });
  expect(stats.status()).toBe(200);
  expect(await stats.json()).toMatchObject({ year });
  const file = await request.get(`/api/v1/exports/scenes/scenes-${year}.csv`, { headers });
  expect(file.status()).toBe(403);
  expect(await file.json()).toEqual({ error: "Åtkomsttoken har behörigheten ”Endast statistik” och får inte hämta detta." });

  await page.reload();
  await expect(page.getByLabel("Token", { exact: true })).toHaveCount(0);
  // Revoking asks first: the question opens, then the revocation is confirmed.
  await row.locator("summary", { hasText: "Återkalla" }).click();
  await row.getByRole("button", { name: "Ja, återkalla" }).click();
  await expect(row).toContainText("Återkallad");
  const revoked = await request.get(`/api/v1/stats/${year}`, { headers });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toEqual({ error: "Ogiltig, utgången eller återkallad åtkomsttoken." });
});
