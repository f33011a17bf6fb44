import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

export const demoAccounts = {
  admin: "admin@demo.test",
  steering: "styrgrupp@demo.test",
  jarva: "polis.jarva@demo.test",
  jarfalla: "polis.jarfalla@demo.test",
  sodermalm: "polis.sodermalm@demo.test",
  stockholm: "kommun.stockholm@demo.test",
  jarfallaMunicipality: "kommun.jarfalla@demo.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Översikt", level: 1 })).toBeVisible();
}

/**
 * Waits until the page's first map has mounted and reported its zoom. Maps mount only in the
 * browser, after the page has hydrated: from then on React keeps what is typed into its fields.
 */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator(".leaflet-container[data-zoom]").first()).toBeVisible();
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Huvudmeny" });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page.getByRole("heading", { name: "Logga in", exact: true })).toBeVisible();
}
