import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

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

/** The demo admin's authenticator secret (prisma/seed/demo.ts): admins must pass a second factor. */
export const DEMO_ADMIN_TOTP_SECRET = "DEMOADMINTOTPSECRETXJBSWY3DPEHPK";
const TOTP_SECRETS: Record<string, string> = { [demoAccounts.admin]: DEMO_ADMIN_TOTP_SECRET };

const STEP_SECONDS = 30;
const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);
/** The last time step whose code was entered, per secret: the server accepts each step once. */
const lastStepUsed = new Map<string, number>();

/**
 * A code the server has not seen: of the step now, else of the next step (the server accepts one
 * step of drift), else — both used already — of the step after the clock has moved on.
 */
export async function nextTotpCode(secret: string): Promise<string> {
  const last = lastStepUsed.get(secret) ?? -1;
  if (last > currentStep()) await expect.poll(currentStep, { timeout: 45_000, intervals: [500] }).toBeGreaterThanOrEqual(last);
  const step = Math.max(currentStep(), last + 1);
  lastStepUsed.set(secret, step);
  return generate({ secret, epoch: step * STEP_SECONDS });
}

const overviewHeading = (page: Page) => page.getByRole("heading", { name: "Översikt", level: 1 });
const codeHeading = (page: Page) => page.getByRole("heading", { name: "Ange engångskod", level: 1 });

/**
 * On the code page: enters a fresh code, and another if the server refused it (a step it had seen
 * already). The server's answer to the form's POST decides, not what the page shows meanwhile: an
 * earlier refusal's message stays on the page, and a successful form is reset before it navigates.
 */
export async function enterTotpCode(page: Page, secret: string): Promise<void> {
  const field = page.getByLabel("Sexsiffrig kod");
  for (let attempt = 0; attempt < 3; attempt++) {
    await field.fill(await nextTotpCode(secret));
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login/kod");
    await page.getByRole("button", { name: "Fortsätt" }).click();
    const response = await answer;
    const redirected = response.headers()["x-action-redirect"] !== undefined || (response.status() >= 300 && response.status() < 400);
    if (redirected) {
      await expect(overviewHeading(page)).toBeVisible();
      return;
    }
    // Refused: the form is reset after its action; the next code goes into the emptied field.
    await expect(field).toHaveValue("");
  }
  throw new Error("the code page refused three fresh codes");
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(overviewHeading(page).or(codeHeading(page))).toBeVisible();
  if (await codeHeading(page).isVisible()) {
    const secret = TOTP_SECRETS[email];
    if (!secret) throw new Error(`${email} is asked for a second factor, but the fixture knows no secret for it`);
    await enterTotpCode(page, secret);
  }
  await expect(overviewHeading(page)).toBeVisible();
}

/**
 * Waits until the page's first map has mounted, reported its zoom and drawn its base map (the
 * boundaries come in a request of their own). Maps mount only in the browser, after the page has
 * hydrated: from then on React keeps what is typed into its fields.
 */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator(".leaflet-container[data-zoom][data-base-map]").first()).toBeVisible();
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Huvudmeny" });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page.getByRole("heading", { name: "Logga in", exact: true })).toBeVisible();
}
