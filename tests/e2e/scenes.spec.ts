import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

// A square of about 110 m × 110 m at Husby gård, as a user would paste it.
const point = { lat: "59.4125", lng: "17.9305" };
const square = JSON.stringify({
  type: "Polygon",
  coordinates: [
    [
      [17.9295, 59.412],
      [17.9315, 59.412],
      [17.9315, 59.413],
      [17.9295, 59.413],
      [17.9295, 59.412],
    ],
  ],
});

async function fillBasics(page: Page, name: string) {
  await page.getByLabel("Namn").fill(name);
  await page.getByLabel("Kommun").selectOption({ label: "Stockholm (0180)" });
  await page.getByLabel("Lokalpolisområde").selectOption({ label: "Järva" });
  await page.getByLabel("Stadsdelsområde").selectOption({ label: "Järva" });
}

/**
 * Opens the new-scene form once its map has mounted. The map mounts after hydration, and the
 * coordinate and extent fields are React state: what is typed into them before that is lost.
 */
async function openSceneForm(page: Page): Promise<Locator> {
  await page.goto("/platser/ny");
  const map = page.getByRole("region", { name: "Karta över platsen" });
  await expect(map).toHaveAttribute("data-zoom", /\d/);
  return map;
}

/**
 * Brings the map to a place at zoom `level` or more: its coordinates are typed to draw its marker,
 * then each double click on the marker zooms in one step keeping it under the pointer (Leaflet
 * drops a zoom asked for while it animates the previous one, so each waits for the last). Returns
 * where the place is drawn.
 */
async function zoomInOn(page: Page, map: Locator, place: { lat: string; lng: string }, level: number) {
  await page.getByLabel("Latitud").fill(place.lat);
  await page.getByLabel("Longitud").fill(place.lng);
  // The point's marker (filled in the active colour): boundary layers may share the pane.
  const marker = map.locator('.leaflet-overlay-pane path[fill="#D55E00"]');
  let zoom = Number(await map.getAttribute("data-zoom"));
  while (zoom < level) {
    const box = (await marker.boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await expect(map).not.toHaveAttribute("data-zoom", String(zoom));
    zoom = Number(await map.getAttribute("data-zoom"));
  }
  const box = (await marker.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("an analyst clicks the point, sees its areas filled in, draws the extent, sees its area and finds the scene on the map page", async ({
  page,
}) => {
  await signIn(page, demoAccounts.jarva);
  const map = await openSceneForm(page);
  await page.getByLabel("Namn").fill("Gångbron vid Husby gård");
  // At zoom 15 a pixel is about 2.4 m here: the ±40 px square below is some 200 m across.
  const at = await zoomInOn(page, map, point, 15);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByLabel("Latitud")).not.toHaveValue("");
  await expect(page.getByLabel("Longitud")).not.toHaveValue("");
  await expect(page.getByTestId("attribution-status")).toContainText("Järva, Stockholm (0180), lokalpolisområde Järva");
  await expect(page.getByLabel("Kommun")).toHaveValue("0180");
  await expect(page.getByLabel("Lokalpolisområde").locator("option:checked")).toHaveText("Järva");
  await expect(page.getByLabel("Stadsdelsområde").locator("option:checked")).toHaveText("Järva");

  await page.getByRole("button", { name: "Rita utbredning" }).click();
  for (const [dx, dy] of [
    [-40, -40],
    [40, -40],
    [40, 40],
    [-40, 40],
    [-40, -40],
  ] as const) {
    await page.mouse.click(at.x + dx, at.y + dy);
  }
  await expect(page.getByLabel("Utbredning (GeoJSON-polygon)")).toHaveValue(/"type":"Polygon"/);
  const area = page.getByTestId("computed-area");
  await expect(area).toContainText(/Beräknad yta: [\d\s ]+ m²/);
  const shown = (await area.textContent())!.match(/([\d\s ]+) m²/)![1]!.replace(/\s/g, "");
  expect(Number(shown)).toBeGreaterThan(1_000);
  expect(Number(shown)).toBeLessThan(100_000);

  await page.getByRole("button", { name: "Registrera platsen" }).click();
  await expect(page.getByRole("heading", { name: "Gångbron vid Husby gård", level: 1 })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Platsen har registrerats.");
  const ref = (await page.locator("dd .font-mono").textContent())!;
  expect(ref).toMatch(/^S-\d{4}$/);

  await page.getByRole("link", { name: "Karta", exact: true }).click();
  await expect(page.getByRole("region", { name: "Karta över öppna drogscener" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gångbron vid Husby gård" })).toBeVisible();
  await expect(page.locator("path.leaflet-interactive")).not.toHaveCount(0);
});

test("bad input is refused with a message at the field, and the form keeps what was typed", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  await openSceneForm(page);
  await fillBasics(page, "Felaktig plats");
  await page.getByLabel("Latitud").fill("57.7089");
  await page.getByLabel("Longitud").fill("11.9746");
  const bowTie = JSON.stringify({
    type: "Polygon",
    coordinates: [
      [
        [17.9295, 59.412],
        [17.9315, 59.413],
        [17.9315, 59.412],
        [17.9295, 59.413],
        [17.9295, 59.412],
      ],
    ],
  });
  await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(bowTie);
  // The line under the map says so at once, and the field says it again after submitting.
  await expect(page.getByTestId("extent-problem")).toHaveText(/^Kan inte sparas: Polygonen korsar sig själv\./);
  await page.getByRole("button", { name: "Registrera platsen" }).click();
  await expect(page.getByText("Punkten ligger utanför Stockholms län.", { exact: false })).toBeVisible();
  await expect(page.locator("#field-extent-error")).toContainText("Polygonen korsar sig själv.");
  await expect(page.getByLabel("Latitud")).toHaveValue("57.7089");
  await expect(page.getByLabel("Namn")).toHaveValue("Felaktig plats");
  await expect(page.getByLabel("Latitud")).toHaveAttribute("aria-invalid", "true");
});

test("an admin choosing an LPO that does not cover the place gets the message at the field", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await openSceneForm(page);
  await page.getByLabel("Latitud").fill(point.lat);
  await page.getByLabel("Longitud").fill(point.lng);
  // The point fills in its areas first; the LPO is then changed by hand.
  await expect(page.getByTestId("attribution-status")).toContainText("lokalpolisområde Järva");
  await fillBasics(page, "Fel lokalpolisområde");
  await page.getByLabel("Lokalpolisområde").selectOption({ label: "Södermalm" });
  await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(square);
  await page.getByRole("button", { name: "Registrera platsen" }).click();
  await expect(page.getByText("Lokalpolisområde Södermalm omfattar inte stadsdelsområde Järva.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Lokalpolisområde")).toHaveValue(/.+/);
  await expect(page.getByLabel("Utbredning (GeoJSON-polygon)")).toHaveValue(square);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the scene form works with typed coordinates and pasted GeoJSON", async ({ page }) => {
    await signIn(page, demoAccounts.jarva);
    await page.goto("/platser/ny");
    await fillBasics(page, "Husby gård utan JavaScript");
    await page.getByLabel("Latitud").fill(point.lat);
    await page.getByLabel("Longitud").fill(point.lng);
    await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(square);
    await page.getByRole("button", { name: "Registrera platsen" }).click();
    await expect(page.getByRole("heading", { name: "Husby gård utan JavaScript", level: 1 })).toBeVisible();
    await expect(page.getByText(/\d[\d\s ]* m²/).first()).toBeVisible();
  });

  test("errors come back from the server with the input kept", async ({ page }) => {
    await signIn(page, demoAccounts.jarva);
    await page.goto("/platser/ny");
    await fillBasics(page, "Utanför länet");
    await page.getByLabel("Latitud").fill("57.7089");
    await page.getByLabel("Longitud").fill("11.9746");
    await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(square);
    await page.getByRole("button", { name: "Registrera platsen" }).click();
    await expect(page.getByText("Punkten ligger utanför Stockholms län.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Latitud")).toHaveValue("57.7089");
    await expect(page.getByLabel("Namn")).toHaveValue("Utanför länet");
  });
});

test("a municipal representative sees the scenes of the municipality, not the others, also by direct URL", async ({ page }) => {
  await signIn(page, demoAccounts.jarfallaMunicipality);
  await page.goto("/platser");
  await expect(page.getByRole("link", { name: "Jakobsbergs centrum" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Barkarby station" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Rinkeby torg" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ny plats" })).toHaveCount(0);
  const response = await page.goto("/platser/S-0001");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
});

test("the steering group sees every scene and can edit none", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/platser");
  for (const name of ["Rinkeby torg", "Jakobsbergs centrum", "Medborgarplatsen"]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Ny plats" })).toHaveCount(0);
  await page.getByRole("link", { name: "Rinkeby torg" }).click();
  await expect(page.getByRole("heading", { name: "Rinkeby torg" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Redigera plats" })).toHaveCount(0);
  for (const path of ["/platser/ny", "/platser/S-0001/redigera", "/platser/S-0001/stang"]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
});

test("the list filters, sorts and shows the lineage of a merged scene", async ({ page }) => {
  await signIn(page, demoAccounts.sodermalm);
  await page.goto("/platser");
  await page.getByLabel("Status").selectOption({ label: "Sammanslagen" });
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page.getByText("1 plats", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Mariatorget" }).click();
  await expect(page.getByText("Slogs samman med (2023):")).toBeVisible();
  await page.getByRole("link", { name: "Medborgarplatsen (S-0007)" }).click();
  await expect(page.getByText("Sammanslagen från (2023):")).toBeVisible();
});

test("the list sorts by a column header, both ways, and says which way it is sorted", async ({ page }) => {
  await signIn(page, demoAccounts.jarfallaMunicipality);
  await page.goto("/platser");
  const table = page.getByRole("table", { name: "Platser", exact: true });
  const byRef = table.getByRole("columnheader", { name: "Referens" });
  // The reference is unique, so the descending order is exactly the ascending one reversed.
  const refs = table.locator("tbody tr > :first-child");
  await expect(byRef).toHaveAttribute("aria-sort", "ascending");
  await expect(table.getByRole("columnheader", { name: "Namn" })).not.toHaveAttribute("aria-sort");
  const ascending = await refs.allInnerTexts();
  expect(ascending.length).toBeGreaterThan(1);
  await byRef.getByRole("link").click();
  await expect(byRef).toHaveAttribute("aria-sort", "descending");
  await expect(refs).toHaveText(ascending.toReversed());
  await byRef.getByRole("link").click();
  await expect(byRef).toHaveAttribute("aria-sort", "ascending");
  await expect(refs).toHaveText(ascending);
});
