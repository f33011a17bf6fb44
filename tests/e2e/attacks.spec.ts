import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";
import { importedScene, importScenes, JARFALLA, JARVA, newTag, YEAR } from "./imported-scenes";

// Issue 9's attacks, replayed as a signed-in user would make them: open one's own form, add a
// second hidden field naming a record of another area, with that record's version, which the
// writes compare (both are in the HTML of every page that shows the record), and submit. The forms are posted without JavaScript, as plain HTML
// forms, so that the added fields travel exactly as added (React re-renders nothing) and nothing
// depends on hydration. Every test imports records of its own (refs tagged per test), so it
// depends on no other spec and leaves the demo data alone.

test.use({ javaScriptEnabled: false });

const contexts: BrowserContext[] = [];

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The form that holds the given submit button. */
const formWith = (page: Page, button: string) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button, exact: true }) });

async function hiddenValues(form: Locator, ...names: string[]): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const name of names) values[name] = (await form.locator(`input[type="hidden"][name="${name}"]`).getAttribute("value")) ?? "";
  return values;
}

/** What the form would post, without the framework's own action fields. */
function postedValues(form: Locator): Promise<string[][]> {
  return form.evaluate((element: HTMLFormElement) =>
    [...new FormData(element)].filter(([name]) => !name.startsWith("$ACTION")).map(([name, value]) => [name, String(value)]),
  );
}

/** The attack itself: a second field of the same name, after the form's own. */
async function appendHidden(form: Locator, fields: Record<string, string>) {
  await form.evaluate((element: HTMLFormElement, entries: [string, string][]) => {
    for (const [name, value] of entries) {
      const input = element.ownerDocument.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      element.append(input);
    }
  }, Object.entries(fields));
}

/** Waits for the answer to the post: the form's error, or the notice of the page it redirected to. */
async function awaitAnswer(page: Page, form: Locator) {
  await expect(form.getByTestId("form-error").or(page.getByRole("status"))).toBeVisible();
}

/** The attacker was refused at the form and did not land on a success notice. */
async function expectRefused(page: Page, form: Locator) {
  await expect(form.getByTestId("form-error")).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has("notice")).toBe(false);
}

/** The scene as a user of its area reads it: name, status, areas, years, place, lineage, assessments. */
async function readScene(page: Page, ref: string) {
  const response = await page.goto(`/platser/${ref}`);
  expect(response?.status(), `${ref} is still visible to its own area`).toBe(200);
  const name = await page.getByRole("heading", { level: 1 }).innerText();
  return { name, details: await page.getByRole("region", { name: "Uppgifter" }).innerText() };
}

test("saveAssessmentAction: a Järfälla analyst cannot save his draft over a Järva draft", async ({ browser }) => {
  const tag = newTag();
  const [own, other] = [`${tag}-JF`, `${tag}-JV`];
  await importScenes(await signedIn(browser, demoAccounts.admin), [
    importedScene(own, JARFALLA, { status: "draft", description: "Järfällas eget utkast." }),
    importedScene(other, JARVA, { status: "draft", description: "Järvas utkast, som bara Järva får ändra." }),
  ]);
  const jarva = await signedIn(browser, demoAccounts.jarva);
  const attacker = await signedIn(browser, demoAccounts.jarfalla);

  await jarva.goto(`/platser/${other}/bedomningar/${YEAR}`);
  const target = formWith(jarva, "Spara utkast");
  const before = await postedValues(target);
  const smuggled = await hiddenValues(target, "id", "version");

  await attacker.goto(`/platser/${own}/bedomningar/${YEAR}`);
  const form = formWith(attacker, "Spara utkast");
  await appendHidden(form, smuggled);
  await form.getByRole("button", { name: "Spara utkast", exact: true }).click();
  await awaitAnswer(attacker, form);

  const response = await jarva.goto(`/platser/${other}/bedomningar/${YEAR}`);
  expect(response?.status(), "the Järva draft is still Järva's").toBe(200);
  expect(await postedValues(target)).toEqual(before);
  await expectRefused(attacker, form);
});

test("decideAssessmentAction: a Järfälla municipal representative cannot reopen a co-signed Stockholm assessment", async ({ browser }) => {
  const tag = newTag();
  const [own, other] = [`${tag}-JF`, `${tag}-JV`];
  const admin = await signedIn(browser, demoAccounts.admin);
  await importScenes(admin, [
    importedScene(own, JARFALLA, { status: "submitted", description: "Inskickad i Järfälla." }),
    importedScene(other, JARVA, { status: "cosigned", description: "Medsignerad i Stockholm." }),
  ]);
  const attacker = await signedIn(browser, demoAccounts.jarfallaMunicipality);

  // Only an admin may reopen a co-signed assessment: the reopen form is where its id shows.
  await admin.goto(`/platser/${other}/bedomningar/${YEAR}`);
  const smuggled = await hiddenValues(formWith(admin, "Öppna igen"), "id", "version");

  await attacker.goto(`/platser/${own}/bedomningar/${YEAR}`);
  const form = formWith(attacker, "Medsignera");
  // Reopening needs a reason: without one the refusal would be for that, not for the smuggled id.
  await form.getByLabel("Vad behöver polisen ändra?").fill("Öppnas igen av kommunen.");
  await appendHidden(form, { ...smuggled, decision: "reopen" });
  await form.getByRole("button", { name: "Medsignera", exact: true }).click();
  await awaitAnswer(attacker, form);

  await admin.goto(`/platser/${other}/bedomningar/${YEAR}`);
  await expect(admin.getByText("Bedömningen är medsignerad och kan inte ändras.")).toBeVisible();
  expect(await hiddenValues(formWith(admin, "Öppna igen"), "id", "version")).toEqual(smuggled);
  await expectRefused(attacker, form);
});

const sceneAttacks = [
  { action: "updateSceneAction", path: "redigera", button: "Spara" },
  { action: "closeSceneAction", path: "stang", button: "Stäng plats" },
  { action: "mergeSceneAction", path: "sammanfoga", button: "Slå samman plats" },
  { action: "splitSceneAction", path: "dela", button: "Dela plats" },
] as const;

for (const { action, path, button } of sceneAttacks) {
  test(`${action}: a Järfälla analyst cannot change a Järva scene through his own scene's form`, async ({ browser }) => {
    const tag = newTag();
    const [own, second, third, other] = [`${tag}-JF1`, `${tag}-JF2`, `${tag}-JF3`, `${tag}-JV`];
    await importScenes(await signedIn(browser, demoAccounts.admin), [
      importedScene(own, JARFALLA),
      importedScene(second, JARFALLA),
      importedScene(third, JARFALLA),
      importedScene(other, JARVA),
    ]);
    const jarva = await signedIn(browser, demoAccounts.jarva);
    const attacker = await signedIn(browser, demoAccounts.jarfalla);

    const before = await readScene(jarva, other);
    await jarva.goto(`/platser/${other}/redigera`);
    const smuggled = await hiddenValues(formWith(jarva, "Spara"), "id", "version");

    await attacker.goto(`/platser/${own}/${path}`);
    const form = formWith(attacker, button);
    if (path === "sammanfoga") await form.getByLabel("Slogs samman med").selectOption({ label: `Attackmål ${second} (${second})` });
    if (path === "dela") {
      for (const ref of [second, third]) await form.getByRole("checkbox", { name: `Attackmål ${ref} (${ref})` }).check();
    }
    await appendHidden(form, smuggled);
    await form.getByRole("button", { name: button, exact: true }).click();
    await awaitAnswer(attacker, form);

    expect(await readScene(jarva, other)).toEqual(before);
    await expectRefused(attacker, form);
  });
}

test("saveIndicatorAction: a Järfälla analyst cannot enter a value on a Järva scene", async ({ browser }) => {
  const tag = newTag();
  const [own, other] = [`${tag}-JF`, `${tag}-JV`];
  await importScenes(await signedIn(browser, demoAccounts.admin), [importedScene(own, JARFALLA), importedScene(other, JARVA)]);
  const jarva = await signedIn(browser, demoAccounts.jarva);
  const attacker = await signedIn(browser, demoAccounts.jarfalla);

  await jarva.goto(`/platser/${other}/indikatorer`);
  const jarvaForm = formWith(jarva, "Spara värde");
  await jarvaForm.getByLabel("År", { exact: true }).fill(String(YEAR));
  await jarvaForm.getByLabel("Indikator", { exact: true }).selectOption({ label: "Anmälda våldsbrott" });
  await jarvaForm.getByLabel("Värde", { exact: true }).fill("12");
  await jarvaForm.getByLabel("Källa", { exact: true }).fill("Polisens brottsstatistik");
  await jarvaForm.getByRole("button", { name: "Spara värde", exact: true }).click();
  await expect(jarva.getByRole("status")).toHaveText("Värdet har sparats.");
  const table = jarva.getByRole("table", { name: "Utfallsindikatorer per år" });
  const before = await table.innerText();
  const smuggled = await hiddenValues(jarvaForm, "sceneId");

  await attacker.goto(`/platser/${own}/indikatorer`);
  const form = formWith(attacker, "Spara värde");
  await form.getByLabel("År", { exact: true }).fill(String(YEAR));
  await form.getByLabel("Indikator", { exact: true }).selectOption({ label: "Upptäcksbrott" });
  await form.getByLabel("Värde", { exact: true }).fill("999");
  await form.getByLabel("Källa", { exact: true }).fill("Påhittad");
  await appendHidden(form, smuggled);
  await form.getByRole("button", { name: "Spara värde", exact: true }).click();
  await awaitAnswer(attacker, form);

  await jarva.goto(`/platser/${other}/indikatorer`);
  expect(await table.innerText()).toBe(before);
  await expectRefused(attacker, form);
});
