import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signIn, waitForMap } from "./fixtures";

const YEAR = new Date().getFullYear();
const rinkeby = `/platser/S-0001/bedomningar/${YEAR}`;
const husby = `/platser/S-0003/bedomningar/${YEAR}`;

async function openFromWorkList(page: Page, section: string, scene: string) {
  await page.getByRole("link", { name: "Bedömningar", exact: true }).click();
  await page.getByRole("region", { name: section }).getByRole("link", { name: scene }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(scene.replace(/ \(S-\d+\)$/, ""));
}

test("the full cycle: draft, submit, return with a comment, resubmit, co-sign, read-only, history", async ({ browser }) => {
  const police = await (await browser.newContext()).newPage();
  const municipality = await (await browser.newContext()).newPage();
  await signIn(police, demoAccounts.jarva);
  await signIn(municipality, demoAccounts.stockholm);

  await openFromWorkList(police, "Dina utkast", "Rinkeby torg (S-0001)");
  await police.getByRole("group", { name: "Utveckling sedan förra året" }).getByLabel("Minskad").check();
  await police.getByRole("button", { name: "Spara utkast" }).click();
  await expect(police.getByRole("status")).toHaveText("Utkastet har sparats.");
  await expect(police.getByText("Ändrat sedan 2025.")).toBeVisible();
  await police.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(police.getByRole("status")).toHaveText("Bedömningen har skickats till kommunen för medsignering.");

  await openFromWorkList(municipality, "Väntar på din medsignering", "Rinkeby torg (S-0001)");
  await municipality.getByLabel("Vad behöver polisen ändra?").fill("Komplettera med polisens arbete under hösten.");
  await municipality.getByRole("button", { name: "Returnera till polisen" }).click();
  await expect(municipality.getByRole("status")).toHaveText("Bedömningen har returnerats till polisen.");

  await openFromWorkList(police, "Returnerade till dig", "Rinkeby torg (S-0001)");
  await expect(police.getByRole("note")).toContainText("Komplettera med polisens arbete under hösten.");
  await police.getByLabel("Kommentar om polisens arbete").fill("Förstärkt närvaro kvällstid sedan september.");
  await police.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(police.getByRole("status")).toHaveText("Bedömningen har skickats till kommunen för medsignering.");

  await municipality.goto(rinkeby);
  await municipality.getByRole("button", { name: "Medsignera" }).click();
  await expect(municipality.getByRole("status")).toHaveText("Bedömningen är medsignerad.");

  for (const page of [police, municipality]) {
    await page.goto(rinkeby);
    await expect(page.getByText("Bedömningen är medsignerad och kan inte ändras.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Spara utkast" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Medsignera" })).toHaveCount(0);
  }

  await police.getByRole("link", { name: "Visa historik" }).click();
  // The assessment page lists the same comment among its signatures: read the history page itself.
  await expect(police.getByRole("heading", { name: "Historik: Rinkeby torg", level: 1 })).toBeVisible();
  const history = police.getByRole("main");
  for (const label of ["Bedömning sparad", "Bedömning inskickad", "Bedömning returnerad", "Bedömning medsignerad"]) {
    await expect(history.getByText(label).first()).toBeVisible();
  }
  await expect(history.getByText("Komplettera med polisens arbete under hösten.")).toBeVisible();
});

test("a stale save reports a conflict, shows what is stored now and keeps the input", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, demoAccounts.jarva);
  const second = await context.newPage();
  // Typing goes in once each page has hydrated (its map has mounted): before that, React may reset it.
  for (const page of [first, second]) {
    await page.goto(husby);
    await waitForMap(page);
  }
  await first.getByLabel("Kommentar om preparat").fill("Först sparad.");
  await first.getByRole("button", { name: "Spara utkast" }).click();
  await expect(first.getByRole("status")).toHaveText("Utkastet har sparats.");
  await second.getByLabel("Kommentar om preparat").fill("Sparad sedan, från en gammal sida.");
  await second.getByRole("button", { name: "Spara utkast" }).click();
  await expect(second.getByTestId("form-error")).toContainText("Någon annan har ändrat uppgifterna");
  // What is stored now, beside what this user sent, for the answer that differs.
  const row = second
    .getByRole("table", { name: "Det här har ändrats sedan du öppnade sidan" })
    .getByRole("row", { name: /Kommentar om preparat/ });
  await expect(row.getByRole("cell")).toHaveText(["Först sparad.", "Sparad sedan, från en gammal sida."]);
  await expect(second.getByLabel("Kommentar om preparat")).toHaveValue("Sparad sedan, från en gammal sida.");
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and refuses a personal identity number with an explanation", async ({ page }) => {
    await signIn(page, demoAccounts.jarva);
    await page.goto(husby);
    await page.getByLabel("Kommentar om säljare och köpare").fill("Säljaren har personnummer 19811218-9876.");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    // At the field (and in the error summary at the top, which also quotes it).
    await expect(page.getByLabel("Kommentar om säljare och köpare")).toHaveAccessibleDescription(
      /^Texten innehåller ett personnummer eller samordningsnummer\./,
    );
    await expect(page.getByLabel("Kommentar om säljare och köpare")).toHaveValue("Säljaren har personnummer 19811218-9876.");
    await page.getByLabel("Kommentar om säljare och köpare").fill("En grupp på fem–tio personer.");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await expect(page.getByRole("status")).toHaveText("Utkastet har sparats.");
  });
});

test("the steering group sees the state of the year and can act on nothing", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.getByRole("link", { name: "Bedömningar", exact: true }).click();
  // The dashboard has tables of the same name: wait for the work list before reading its table.
  await expect(page.getByRole("heading", { name: "Bedömningar", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Per kommun", exact: true }).getByRole("row", { name: /Järfälla/ })).toBeVisible();
  await page.goto(`/platser/S-0002/bedomningar/${YEAR}`);
  await expect(page.getByRole("button", { name: "Medsignera" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Spara utkast" })).toHaveCount(0);
});
