import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

// The audit log as an admin reads it: sign-ins and reads out of the system, by people's names,
// filtered, and downloaded as CSV for an auditor.

test("an admin filters the log for sign-ins, sees who by name, and downloads them as CSV", async ({ page, browser }) => {
  // The steering group's member signs in and downloads the year's figures: both go on record.
  const context = await browser.newContext();
  const steering = await context.newPage();
  await signIn(steering, demoAccounts.steering);
  const stats = await steering.request.get("/api/v1/stats/2025.csv");
  expect(stats.status()).toBe(200);
  await context.close();

  await signIn(page, demoAccounts.admin);
  await page.goto("/admin/logg");
  await expect(page.getByRole("heading", { name: "Granskningslogg", level: 1 })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filtrera" });
  await filters.getByLabel("Händelse").selectOption({ label: "Läsning via API" });
  await filters.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/type=api\.read/);
  const log = page.getByRole("table", { name: "Granskningslogg" });
  // Found by what was read: the admin lands on the dashboard, whose map's read may come after it.
  const read = log.getByRole("row").filter({ hasText: "Statistik (CSV)" }).first();
  await expect(read).toContainText("Sten Styrgrupp");
  await expect(read).toContainText("Antal rader:");

  await filters.getByLabel("Händelse").selectOption({ label: "Inloggning" });
  await filters.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/type=auth\.signed_in/);
  await expect(log.getByRole("cell", { name: /Sten Styrgrupp/ }).first()).toBeVisible();
  await expect(log.getByRole("cell", { name: /Alva Admin/ }).first()).toBeVisible();
  const total = Number((await page.getByText(/^\d+ händelser?$/).textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: "test-results/audit-log.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner som CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("granskningslogg.csv");
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toBe("Tid;Person;E-postadress;Händelse;Händelsekod;Typ av post;Post;Post-id;Uppgifter;Kommentar");
  // One line an event (a sign-in's details hold a line break, inside quotes).
  const rows = lines.filter((line) => line.includes(";auth.signed_in;"));
  expect(rows).toHaveLength(total);
  expect(rows.some((row) => row.includes(";Sten Styrgrupp;styrgrupp@demo.test;Inloggning;"))).toBe(true);
  expect(rows.some((row) => row.includes(";Alva Admin;admin@demo.test;Inloggning;"))).toBe(true);

  // The download is on record, with its filter and count.
  await filters.getByLabel("Händelse").selectOption({ label: "Export nedladdad" });
  await filters.getByRole("button", { name: "Filtrera" }).click();
  await expect(log.getByRole("row").nth(1)).toContainText("Granskningslogg (CSV)");
  await expect(log.getByRole("row").nth(1)).toContainText(`Antal rader: ${total}`);
  await expect(log.getByRole("row").nth(1)).toContainText("Händelse: Inloggning");
});
