import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signIn, signOut, waitForMap } from "./fixtures";
import { importScenes, importedScene, JARVA, newTag } from "./imported-scenes";

// Next year's questionnaire, without a developer: an admin prepares it from this year's, changes it,
// publishes it and opens its round; the analysts' form for that year asks it, this year's form is
// as it was, and each year's export has its own columns. The two tests run in order: the first
// prepares the draft the second publishes (accessibility.spec.ts may have prepared it already).

const YEAR = new Date().getFullYear();
const NEXT = YEAR + 1;

test.describe.configure({ mode: "serial" });

/** Next year's editor: prepared from the list when it is not yet there. */
async function openNextYear(page: Page) {
  await page.goto("/admin/formular");
  const prepare = page.getByRole("button", { name: `Förbered ${NEXT}` });
  if (await prepare.isVisible()) {
    await prepare.click();
    await expect(page.getByRole("status")).toHaveText(
      "Formuläret har förberetts som ett utkast. Ändra det och publicera det när det är klart.",
    );
  } else {
    await page.getByRole("link", { name: `Ändra formuläret för ${NEXT}` }).click();
  }
  await expect(page.getByRole("heading", { name: `Frågeformulär ${NEXT}`, level: 1 })).toBeVisible();
}

async function openQuestion(page: Page, label: string) {
  await page.getByRole("link", { name: `Ändra frågan ”${label}”` }).click();
  await expect(page.getByRole("heading", { name: label, level: 1 })).toBeVisible();
}

test("an admin's draft: a clashing code is refused at its field, an option retired and restored, the preview and the changes", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoAccounts.admin);
  await openNextYear(page);
  await expect(page.getByText("Utkast: analytikerna ser det inte förrän det har publicerats.")).toBeVisible();

  await openQuestion(page, "Symtom på platsen");
  await page.getByLabel("Alternativets kod").fill("unsafe");
  await page.getByLabel("Alternativets text").fill("Otrygg");
  await page.getByRole("button", { name: "Lägg till alternativet" }).click();
  const code = page.getByLabel("Alternativets kod");
  await expect(code).toHaveAccessibleDescription(/Frågan har redan alternativet ”Platsen uppfattas som otrygg” med den koden\./);
  await expect(code).toHaveValue("unsafe");
  await expect(page.getByLabel("Alternativets text")).toHaveValue("Otrygg");

  const tolerance = "Platsen är en informell zon av tolerans för avvikande beteende";
  await page.getByRole("button", { name: `Låt utgå alternativet ”${tolerance}”` }).click();
  await expect(page.getByRole("button", { name: `Återinför alternativet ”${tolerance}”` })).toBeVisible();

  // The preview is the analysts' form: the retired option is not offered, and nothing is saved.
  await page.goto(`/admin/formular/${NEXT}/forhandsgranska`);
  await waitForMap(page);
  const symptoms = page.getByRole("group", { name: "Symtom på platsen" });
  await expect(symptoms.getByRole("checkbox", { name: "Platsen uppfattas som otrygg" })).toBeVisible();
  await expect(symptoms.getByRole("checkbox", { name: tolerance })).toHaveCount(0);
  await page.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(page.getByRole("group", { name: "Är platsen en öppen drogscen i år enligt definitionen? *" })).toHaveAccessibleDescription(
    "Besvara frågan innan bedömningen skickas.",
  );

  await page.goto(`/admin/formular/jamfor?fran=${YEAR}&till=${NEXT}`);
  const changes = page.getByRole("table", { name: `Ändringar i formuläret från ${YEAR} till ${NEXT}` });
  await expect(changes.getByRole("row", { name: /tolerance_zone/ }).getByRole("cell")).toHaveText([
    "Utgånget alternativ",
    "Erbjuds",
    "Utgått",
  ]);
  // The table of changes, which accessibility.spec.ts sees only empty.
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  await page.goto(`/admin/formular/${NEXT}`);
  await openQuestion(page, "Symtom på platsen");
  await page.getByRole("button", { name: `Återinför alternativet ”${tolerance}”` }).click();
  await expect(page.getByRole("button", { name: `Låt utgå alternativet ”${tolerance}”` })).toBeVisible();
  await page.goto(`/admin/formular/jamfor?fran=${YEAR}&till=${NEXT}`);
  await expect(page.getByText("Inga skillnader: formulären har samma frågor, alternativ, texter och krav.")).toBeVisible();
});

test("an admin adds an option to next year's questionnaire and publishes it; the analysts' form for that year offers it, the year before is unchanged, each year's export has its own columns", async ({
  browser,
}) => {
  // Two people and a dozen pages: a budget for a loaded 2-core machine, not a timing assertion.
  test.setTimeout(300_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoAccounts.admin);
  // Scenes of the test's own, the demo's are other specs' to change: one co-signed this year (next
  // year's form starts from it), one with this year's draft (this year's form, still editable).
  const tag = newTag();
  const [scene, drafted] = [`${tag}-Q1`, `${tag}-Q2`];
  await importScenes(admin, [
    importedScene(scene, JARVA, { status: "cosigned", description: "Medsignerad i år." }),
    importedScene(drafted, JARVA, { status: "draft", description: "Utkast i år." }),
  ]);
  await openNextYear(admin);

  await openQuestion(admin, "Symtom på platsen");
  await admin.getByLabel("Alternativets kod").fill("near_school");
  await admin.getByLabel("Alternativets text").fill("Nära skola");
  await admin.getByRole("button", { name: "Lägg till alternativet" }).click();
  await expect(admin.getByTestId("form-success")).toHaveText("Ändringen har sparats.");
  await expect(admin.getByLabel("Text för alternativet near_school")).toHaveValue("Nära skola");

  await admin.getByRole("link", { name: `Till formuläret för ${NEXT}` }).click();
  const addQuestion = admin.getByRole("region", { name: "Lägg till fråga" });
  await addQuestion.getByLabel("Avsnitt").selectOption({ label: "Fysisk plats" });
  await addQuestion.getByRole("radio", { name: "Fritext" }).check();
  await addQuestion.getByLabel("Frågans kod").fill("lighting_notes");
  await addQuestion.getByLabel("Frågans text").fill("Belysningen på platsen");
  await addQuestion.getByRole("button", { name: "Lägg till frågan" }).click();
  await expect(addQuestion.getByTestId("form-success")).toHaveText("Ändringen har sparats.");
  await expect(admin.getByText("lighting_notes · Fritext · Frivillig")).toBeVisible();

  await admin.locator("summary", { hasText: `Publicera ${NEXT} års formulär` }).click();
  await admin.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(admin.getByRole("status")).toHaveText("Formuläret är publicerat.");
  await expect(admin.getByText(/^Publicerat .* Det kan ändras tills den första bedömningen för året påbörjas\.$/)).toBeVisible();

  await admin.goto("/admin/kartlaggning");
  const openRound = admin.getByRole("region", { name: "Öppna en omgång" });
  await openRound.getByLabel("År", { exact: true }).fill(String(NEXT));
  // By name: the page's other deadline field has the same id, so this field's label names that one.
  await openRound.locator('input[name="deadline"]').fill(`${NEXT}-03-31`);
  await openRound.getByRole("button", { name: "Öppna kartläggningen" }).click();
  // The round's section holds its summary, a region of the same name.
  await expect(admin.getByRole("region", { name: `Kartläggningen ${NEXT}` }).first()).toBeVisible();

  const analyst = await (await browser.newContext()).newPage();
  await signIn(analyst, demoAccounts.jarva);
  await analyst.goto(`/platser/${scene}`);
  await analyst.getByRole("button", { name: `Påbörja bedömning ${NEXT}` }).click();
  await expect(analyst.getByRole("heading", { level: 1 })).toContainText(String(NEXT));
  await waitForMap(analyst);
  await analyst.getByRole("group", { name: "Symtom på platsen" }).getByRole("checkbox", { name: "Nära skola" }).check();
  await analyst.getByLabel("Belysningen på platsen").fill("Mörkt under viadukten.");
  // The imported year's answers name no sellers and buyers: the two questions required of them.
  for (const question of [/^Förekommer minderåriga/, /^Finns tecken på kriminella nätverk/]) {
    await analyst.getByRole("group", { name: question }).getByRole("radio", { name: "Nej", exact: true }).check();
  }
  await analyst.getByRole("button", { name: "Skicka till kommunen" }).click();
  await expect(analyst.getByRole("status")).toHaveText("Bedömningen har skickats till kommunen för medsignering.");

  // The year before asks what it asked.
  await analyst.goto(`/platser/${drafted}/bedomningar/${YEAR}`);
  await waitForMap(analyst);
  await expect(analyst.getByRole("group", { name: "Symtom på platsen" }).getByRole("checkbox")).toHaveCount(7);
  await expect(analyst.getByRole("checkbox", { name: "Nära skola" })).toHaveCount(0);
  await expect(analyst.getByLabel("Belysningen på platsen")).toHaveCount(0);

  // And once used, next year's version is frozen.
  await admin.goto(`/admin/formular/${NEXT}`);
  await expect(admin.getByText(/Låst: 1 bedömning använder formuläret/)).toBeVisible();
  await expect(admin.getByRole("link", { name: /Ändra frågan/ })).toHaveCount(0);
  // The comparison names what the year got.
  await admin.goto(`/admin/formular/jamfor?fran=${YEAR}&till=${NEXT}`);
  const changes = admin.getByRole("table", { name: `Ändringar i formuläret från ${YEAR} till ${NEXT}` });
  await expect(changes.getByRole("row", { name: /near_school/ }).getByRole("cell")).toHaveText(["Nytt alternativ", "—", "Nära skola"]);
  await expect(changes.getByRole("row", { name: /lighting_notes/ }).getByRole("cell")).toHaveText([
    "Ny fråga",
    "—",
    "Fritext, i avsnittet ”Fysisk plats”",
  ]);

  const header = (csv: string) =>
    csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(";");
  const nextCsv = await (await analyst.request.get(`/api/v1/exports/scenes/scenes-${NEXT}.csv`)).text();
  const thisCsv = await (await analyst.request.get(`/api/v1/exports/scenes/scenes-${YEAR}.csv`)).text();
  expect(header(nextCsv).filter((column) => !header(thisCsv).includes(column))).toEqual(["lighting_notes"]);
  expect(header(thisCsv).filter((column) => !header(nextCsv).includes(column))).toEqual([]);
  expect(nextCsv).toContain("near_school");
  expect(nextCsv).toContain("Nära skola");
  expect(nextCsv).toContain("Mörkt under viadukten.");
  expect(thisCsv).not.toContain("Nära skola");
  await signOut(analyst);
});
