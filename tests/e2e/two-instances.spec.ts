import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { appDatabaseUrl, appEnv, secondAppPort } from "../../playwright.config";
import { startAppInstance, type AppInstance } from "../support/app-instance";
import { demoAccounts, signIn } from "./fixtures";

// Issue 13: the figures are served from a cache in the database (lib/stats/cache.ts), which must
// hold with several app instances against one database. A second instance starts beside the one
// under test (playwright.config.ts names their database); a co-sign made in the browser on the
// first is seen on the second's dashboard at its next request, though the second had just served
// the figures from before.
//
// The demo data is shared with the other specs, which change it as they go: this spec brings a
// submitted assessment of a scene of its own (Järfälla, where other specs co-sign nothing this
// year) and removes both afterwards, so that the figures are as it found them.

const YEAR = new Date().getFullYear();
const SCENE_REF = "S-9901";
const overview = `/oversikt?ar=${YEAR}`;

test.skip(appDatabaseUrl === null, "two instances need a PostgreSQL server (DATABASE_URL): the embedded database takes one connection");

let second: AppInstance | undefined;
let database: pg.Client | undefined;
const sceneId = `e2e-two-instances-${randomUUID()}`;
const assessmentId = `e2e-two-instances-${randomUUID()}`;

test.beforeAll(async ({}, testInfo) => {
  // A budget, not an assertion: a second app starting on a loaded 2-core machine.
  testInfo.setTimeout(180_000);
  database = new pg.Client({ connectionString: appDatabaseUrl! });
  await database.connect();
  await database.query(
    `INSERT INTO "Scene" (id, number, ref, name, "municipalityCode", "policeAreaId", lat, lng, "firstYear", "updatedAt")
     SELECT $1, 9901, $2, 'Stationsplan (två instanser)', '0123', id, 59.4225, 17.835, $3, now() FROM "PoliceArea" WHERE name = 'Järfälla'`,
    [sceneId, SCENE_REF, YEAR],
  );
  const answers = {
    is_open_drug_scene: "yes",
    development: "new",
    symptoms: ["unsafe"],
    site_description: "Platsen vid stationen.",
    minors_present: "no",
    criminal_networks: "unknown",
    main_substance: "cannabis",
  };
  await database.query(
    `INSERT INTO "Assessment" (id, "sceneId", year, status, answers, "isOpenDrugScene", development, "mainSubstance", "municipalityCode", "policeAreaId", "updatedAt", "submittedAt")
     SELECT $1, s.id, $2, 'SUBMITTED', $3::jsonb, true, 'new', 'cannabis', s."municipalityCode", s."policeAreaId", now(), now() FROM "Scene" s WHERE s.id = $4`,
    [assessmentId, YEAR, JSON.stringify(answers), sceneId],
  );
  second = await startAppInstance({ port: secondAppPort, databaseUrl: appDatabaseUrl!, env: appEnv });
});

test.afterAll(async () => {
  await second?.stop();
  if (database) {
    try {
      // Signatures and notifications go with the assessment; the audit log keeps what happened.
      await database.query(`DELETE FROM "Assessment" WHERE id = $1`, [assessmentId]);
      await database.query(`DELETE FROM "Scene" WHERE id = $1`, [sceneId]);
    } finally {
      await database.end();
    }
  }
});

/** A signed-in page of the municipality of Järfälla on the instance at `baseURL`. */
async function jarfallaOn(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, demoAccounts.jarfallaMunicipality);
  return page;
}

type Figures = { scenes: number; jointShare: number | null };

/** The year's figures as the statistics API of the page's instance answers them. */
async function apiFigures(page: Page): Promise<Figures> {
  const response = await page.request.get(`/api/v1/stats/${YEAR}`);
  expect(response.status()).toBe(200);
  const { scenes, jointShare } = (await response.json()) as Figures;
  return { scenes, jointShare };
}

test("a co-sign on one instance is seen on the other's dashboard at its next request", async ({ browser, baseURL }) => {
  // Two apps each serving their first pages on a loaded 2-core machine: three times the budget.
  test.slow();
  const first = await jarfallaOn(browser, baseURL!);
  const other = await jarfallaOn(browser, second!.url);

  // The second instance serves the figures with the assessment submitted, not co-signed: cached now.
  await other.goto(overview);
  const jointShare = other.getByTestId("figure-joint-share");
  await expect(jointShare).toBeVisible();
  const shareBefore = await jointShare.textContent();
  const before = await apiFigures(other);
  expect(before.scenes).toBeGreaterThan(0);

  // The co-sign, in the browser, on the first instance.
  await first.goto(`/platser/${SCENE_REF}/bedomningar/${YEAR}`);
  await first.getByRole("button", { name: "Medsignera" }).click();
  await expect(first.getByRole("status")).toHaveText("Bedömningen är medsignerad.");

  // The second instance's next request: one more co-signed scene of as many counted.
  await other.goto(overview);
  await expect(other.getByTestId("figure-scenes")).toHaveText(String(before.scenes));
  await expect(jointShare).not.toHaveText(shareBefore!);
  const after = await apiFigures(other);
  expect(after.scenes).toBe(before.scenes);
  expect(after.jointShare).toBeGreaterThan(before.jointShare ?? 0);
  // And both instances show the same figure.
  await first.goto(overview);
  await expect(first.getByTestId("figure-joint-share")).toHaveText((await jointShare.textContent())!);
});
