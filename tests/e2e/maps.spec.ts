import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { demoAccounts, signIn, waitForMap } from "./fixtures";
import { importedScene, importScenes, JARVA, newTag, YEAR } from "./imported-scenes";

// The maps without a tile server (the e2e run has none): the boundaries, their names and a scale
// are the base map; coordinates typed in the form move the map; a drawn extent is judged at once
// by the server's rules; "Min position"; the assessment's fixed point; axe on every map page at a
// desktop's and a phone's width. The scenes this spec opens are its own (imported, tagged).

test.describe.configure({ timeout: 180_000 });

const tag = newTag().replace("ATK", "MAP");
const refs = { draft: `${tag}-D`, submitted: `${tag}-S`, cosigned: `${tag}-C` };
const contexts: BrowserContext[] = [];

/** The year's assessment with the scene's extent: the comparison map shows only where there is one. */
function withExtent(scene: ReturnType<typeof importedScene>) {
  return { ...scene, assessments: scene.assessments.map((assessment) => ({ ...assessment, extent: scene.extent })) };
}

test.beforeAll(async ({ browser }) => {
  const admin = await signedIn(browser, demoAccounts.admin);
  await importScenes(admin, [
    withExtent(importedScene(refs.draft, JARVA, { status: "draft", description: "Kartans utkast." })),
    withExtent(importedScene(refs.submitted, JARVA, { status: "submitted", description: "Kartans inskickade." })),
    withExtent(importedScene(refs.cosigned, JARVA, { status: "cosigned", description: "Kartans medsignerade." })),
  ]);
  await closeContexts();
});

test.afterEach(closeContexts);

async function closeContexts() {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
}

async function signedIn(browser: Browser, email: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "sv-SE", ...options });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The new-scene form once its map has drawn its base map (boundaries loaded). */
async function openSceneForm(page: Page): Promise<Locator> {
  await page.goto("/platser/ny");
  const map = page.getByRole("region", { name: "Karta över platsen" });
  await expect(map).toHaveAttribute("data-base-map", "boundaries");
  return map;
}

/** Steps the zoom to exactly `level`, each step after the last has settled (data-zoom is set on zoomend). */
async function zoomTo(page: Page, map: Locator, level: number) {
  let zoom = Number(await map.getAttribute("data-zoom"));
  while (zoom !== level) {
    await page.getByRole("button", { name: zoom < level ? "Zooma in" : "Zooma ut" }).click();
    await expect(map).not.toHaveAttribute("data-zoom", String(zoom));
    zoom = Number(await map.getAttribute("data-zoom"));
  }
}

const label = (map: Locator, name: string) => map.locator(".map-area-label", { hasText: new RegExp(`^${name}$`) });

test("without a tile server the form's map shows the municipalities, their names, a scale and the credits; typed coordinates go there", async ({
  browser,
}) => {
  const page = await signedIn(browser, demoAccounts.jarva);
  const map = await openSceneForm(page);
  await expect(map.locator(".leaflet-control-scale-line").first()).toHaveText(/\d+ k?m/);
  await expect(map.locator(".leaflet-control-attribution")).toContainText("Kommungränser: SCB (CC BY 4.0)");
  await expect(map.locator(".leaflet-control-attribution")).toContainText("Stadsdelsområden: Stockholms stad (CC0)");
  await expect(label(map, "Norrtälje")).toBeVisible();
  await expect(map.locator(".leaflet-tile")).toHaveCount(0);

  // Södermalm, typed: the map goes there, close enough to draw, and names the district.
  await page.getByLabel("Latitud").fill("59.3130");
  await page.getByLabel("Longitud").fill("18.0707");
  await expect(map).toHaveAttribute("data-zoom", /^(1[5-9])/);
  await expect(label(map, "Södermalm")).toBeVisible();
  await zoomTo(page, map, 12);
  await expect(label(map, "Kungsholmen")).toBeVisible();
});

test("a 54 km² polygon drawn on the map is refused at once, with the server's reason, before submitting", async ({ browser }) => {
  const page = await signedIn(browser, demoAccounts.jarva);
  const map = await openSceneForm(page);
  await page.getByLabel("Latitud").fill("59.4125");
  await page.getByLabel("Longitud").fill("17.9305");
  await expect(map).toHaveAttribute("data-zoom", /^(1[5-9])/);
  // At zoom 11 a pixel is about 39 m here: a 190 px square is some 7.4 km across, 54 km².
  await zoomTo(page, map, 11);
  const box = (await map.boundingBox())!;
  const [cx, cy] = [box.width / 2, box.height / 2];
  await page.getByRole("button", { name: "Rita utbredning" }).click();
  for (const [dx, dy] of [
    [-95, -95],
    [95, -95],
    [95, 95],
    [-95, 95],
    [-95, -95],
  ] as const) {
    await map.click({ position: { x: cx + dx, y: cy + dy } });
  }
  await expect(page.getByLabel("Utbredning (GeoJSON-polygon)")).toHaveValue(/"type":"Polygon"/);
  await expect(page.getByTestId("computed-area")).toHaveText(/Beräknad yta: 5\d\s\d{3}\s\d{3} m²/);
  await expect(page.getByTestId("extent-problem")).toHaveText(
    /^Kan inte sparas: Utbredningen är 5\d(,\d)? km², större än en rimlig plats \(högst 5 km²\)\.$/,
  );
  // The polygon stays on the map to be corrected.
  await expect(map.locator(".leaflet-overlay-pane path.leaflet-interactive")).not.toHaveCount(0);
});

test("'Min position' sets the point where the browser says the user is, and says so in Swedish when refused", async ({ browser }) => {
  const here = await signedIn(browser, demoAccounts.jarva, {
    permissions: ["geolocation"],
    geolocation: { latitude: 59.4125, longitude: 17.9305 },
  });
  const map = await openSceneForm(here);
  await here.getByRole("button", { name: "Min position" }).click();
  await expect(here.getByLabel("Latitud")).toHaveValue("59.412500");
  await expect(here.getByLabel("Longitud")).toHaveValue("17.930500");
  await expect(here.getByTestId("position-message")).toHaveText(/^Din position är hittad/);
  await expect(map).toHaveAttribute("data-zoom", /^(1[6-9])/);

  const refused = await signedIn(browser, demoAccounts.jarva);
  await openSceneForm(refused);
  await refused.getByRole("button", { name: "Min position" }).click();
  await expect(refused.getByTestId("position-message")).toHaveText(/^Webbläsaren fick inte visa din position/);
  await expect(refused.getByLabel("Latitud")).toHaveValue("");
});

test("the assessment's map says the point is fixed there and links to where it is moved", async ({ browser }) => {
  const page = await signedIn(browser, demoAccounts.jarva);
  await page.goto(`/platser/${refs.draft}/bedomningar/${YEAR}`);
  await expect(page.getByText("Platsens punkt ligger fast här", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Redigera platsen" })).toHaveAttribute("href", `/platser/${refs.draft}/redigera`);
  await expect(page.getByText("Klicka i kartan för att sätta platsens punkt")).toHaveCount(0);
});

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];

async function expectNoViolations(page: Page, path: string, width: number) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations.map((v) => `${path} @${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found).toEqual([]);
}

/** Each page at both widths, once its maps have drawn their base map. */
async function checkMapPages(page: Page, paths: string[]) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const path of paths) {
      await page.goto(path);
      await waitForMap(page);
      await expectNoViolations(page, path, size.width);
    }
  }
}

test("axe: the scene's maps, the new-scene form and the assessment form, at 1366 and 390 px", async ({ browser }) => {
  const page = await signedIn(browser, demoAccounts.jarva);
  const scene = `/platser/${refs.draft}`;
  await checkMapPages(page, ["/platser/ny", scene, `${scene}/redigera`, `${scene}/bedomningar/${YEAR}`]);
});

test("axe: the co-signing comparison and a co-signed assessment's, at 1366 and 390 px", async ({ browser }) => {
  const page = await signedIn(browser, demoAccounts.stockholm);
  await checkMapPages(page, [`/platser/${refs.submitted}/bedomningar/${YEAR}`, `/platser/${refs.cosigned}/bedomningar/${YEAR}`]);
});

test("axe: the map page, the dashboard and the yearly report, at 1366 and 390 px", async ({ browser }) => {
  const page = await signedIn(browser, demoAccounts.steering);
  await checkMapPages(page, ["/karta", "/oversikt", `/rapport/${YEAR - 1}`]);
});
