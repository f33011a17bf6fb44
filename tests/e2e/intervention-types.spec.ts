import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

// The admin describes what each intervention type means (issue 15): one form per type, saved from
// the version the page was read at, errors at the field, the typed text kept on every refusal.

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const PAGE = "/admin/insatstyper";
const description = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });
const saveButton = (page: Page, label: string) => page.getByRole("button", { name: `Spara beskrivningen av ${label}` });
const saved = (label: string) => `Beskrivningen av ${label} har sparats.`;

test("an admin describes a type: saved, refused at the field when too long, and a stale page gets a conflict", async ({ page }) => {
  const label = "Kamerabevakning";
  await signIn(page, demoAccounts.admin);
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Insatstyper" }).click();
  await expect(page.getByRole("heading", { name: "Insatstyper", level: 1 })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(10);
  await expectNoViolations(page);

  const text = "Kameror över torget och gångtunneln, bevakade kvällstid av polisen.";
  await description(page, label).fill(text);
  await saveButton(page, label).click();
  await expect(page.getByText(saved(label))).toBeVisible();
  await page.goto(PAGE);
  await expect(description(page, label)).toHaveValue(text);

  // Too long: refused at the field, which says why and keeps what was typed.
  const long = "Kameror. ".repeat(120);
  await description(page, label).fill(long);
  await saveButton(page, label).click();
  await expect(description(page, label)).toHaveAttribute("aria-invalid", "true");
  await expect(description(page, label)).toHaveAccessibleDescription(/Beskrivningen får vara högst 1000 tecken\.$/);
  await expect(description(page, label)).toHaveValue(long);
  await expectNoViolations(page);

  // Another tab saves from the same version: this page's save is then a conflict that overwrites nothing.
  const other = await page.context().newPage();
  await other.goto(PAGE);
  await description(other, label).fill("Kameror över torget, ändrat i en annan flik.");
  await saveButton(other, label).click();
  await expect(other.getByText(saved(label))).toBeVisible();
  await other.close();

  await description(page, label).fill("Min egen beskrivning.");
  await saveButton(page, label).click();
  await expect(page.getByTestId("form-error")).toContainText("Någon annan har ändrat uppgifterna");
  const conflict = page.getByTestId("form-conflict");
  await expect(conflict.getByRole("row", { name: /Beskrivning/ })).toContainText("Kameror över torget, ändrat i en annan flik.");
  await expect(conflict.getByRole("row", { name: /Beskrivning/ })).toContainText("Min egen beskrivning.");
  await expect(description(page, label)).toHaveValue("Min egen beskrivning.");
  await expectNoViolations(page);
  await page.goto(PAGE);
  await expect(description(page, label)).toHaveValue("Kameror över torget, ändrat i en annan flik.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a type's description saves as a plain form post", async ({ page }) => {
    const label = "Städning och underhåll";
    await signIn(page, demoAccounts.admin);
    await page.goto(PAGE);
    await description(page, label).fill("Daglig städning av trapporna och bortforsling av skräp.");
    await saveButton(page, label).click();
    await expect(page.getByText(saved(label))).toBeVisible();
    await page.goto(PAGE);
    await expect(description(page, label)).toHaveValue("Daglig städning av trapporna och bortforsling av skräp.");
  });
});
