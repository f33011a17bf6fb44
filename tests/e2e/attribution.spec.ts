import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";
import { square } from "./imported-scenes";

// The new-scene form fills in the municipality, district and LPO as soon as the point is set by a
// click on the map, from the boundaries the demo loads (Stockholm city's district areas and
// stadsdelar always, the municipalities when SCB's file lies beside the project). Nothing is saved:
// the database stays as the other specs expect it.

/** Points well inside their stadsdel (or, for Åkersberga, its municipality): a click a few pixels off still lands there. */
const places = {
  akersberga: { lat: 59.4797, lng: 18.2996 },
  husby: { lat: 59.4088, lng: 17.9267 },
  hogdalen: { lat: 59.2589, lng: 18.049 },
  arsta: { lat: 59.2979, lng: 18.0527 },
};

async function openForm(page: Page): Promise<Locator> {
  await page.goto("/platser/ny");
  const map = page.getByRole("region", { name: "Karta över platsen" });
  // The map mounts after hydration; the fields are React state from then on.
  await expect(map).toHaveAttribute("data-zoom", /\d/);
  return map;
}

/**
 * Clicks the map at a place. Its coordinates are typed first to learn where it is drawn, the map
 * zoomed in there by double clicks (each keeps the spot under the pointer), and the fields then
 * emptied and set by hand to something else: what the form shows afterwards came from the click.
 */
async function clickPlace(page: Page, map: Locator, place: { lat: number; lng: number }) {
  await page.getByLabel("Latitud").fill(String(place.lat));
  await page.getByLabel("Longitud").fill(String(place.lng));
  // The point's marker (filled in the active colour): boundary layers may share the pane.
  const marker = map.locator('.leaflet-overlay-pane path[fill="#D55E00"]');
  for (let i = 0; i < 2; i++) {
    const zoom = await map.getAttribute("data-zoom");
    const at = center((await marker.boundingBox())!);
    await page.mouse.dblclick(at.x, at.y);
    await expect(map).not.toHaveAttribute("data-zoom", zoom!);
  }
  const at = center((await marker.boundingBox())!);
  await page.getByLabel("Latitud").fill("");
  await page.getByLabel("Longitud").fill("");
  await expect(marker).toHaveCount(0);
  await page.getByLabel("Kommun").selectOption({ label: "Nacka (0182)" });
  await page.getByLabel("Lokalpolisområde").selectOption("");
  await page.getByLabel("Stadsdelsområde").selectOption("");
  await page.mouse.click(at.x, at.y);
  await expect(page.getByLabel("Latitud")).not.toHaveValue("");
}

const center = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

async function expectFilled(page: Page, municipality: string, policeArea: string, district: string) {
  await expect(page.getByTestId("attribution-status")).toContainText("Ifyllt från punkten");
  await expect(page.getByLabel("Kommun").locator("option:checked")).toHaveText(municipality);
  await expect(page.getByLabel("Lokalpolisområde").locator("option:checked")).toHaveText(policeArea);
  await expect(page.getByLabel("Stadsdelsområde").locator("option:checked")).toHaveText(district);
}

test.beforeEach(async ({ page }) => {
  await signIn(page, demoAccounts.admin);
});

test("a click in Österåker fills in Österåker and its LPO", async ({ page }) => {
  const map = await openForm(page);
  await clickPlace(page, map, places.akersberga);
  await expectFilled(page, "Österåker (0117)", "Södra Roslagen", "Välj …");
});

test("a click in Husby fills in Stockholm, Järva and LPO Järva; the form passes axe", async ({ page }) => {
  const map = await openForm(page);
  await clickPlace(page, map, places.husby);
  await expectFilled(page, "Stockholm (0180)", "Järva", "Järva");
  await expect(page.getByTestId("attribution-status")).toContainText("Husby, Järva, Stockholm (0180), lokalpolisområde Järva");
  await page.screenshot({ path: test.info().outputPath("platser-ny-husby.png"), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("Enskede-Årsta-Vantör is split by the stadsdel: Högdalen gives LPO Farsta, Årsta LPO Globen", async ({ page }) => {
  const map = await openForm(page);
  await clickPlace(page, map, places.hogdalen);
  await expectFilled(page, "Stockholm (0180)", "Farsta", "Enskede-Årsta-Vantör");
  await page.reload();
  await expect(map).toHaveAttribute("data-zoom", /\d/);
  await clickPlace(page, map, places.arsta);
  await expectFilled(page, "Stockholm (0180)", "Globen", "Enskede-Årsta-Vantör");
});

test("choosing Stockholm by hand for a point in Österåker is refused, naming Österåker", async ({ page }) => {
  const map = await openForm(page);
  await clickPlace(page, map, places.akersberga);
  await expectFilled(page, "Österåker (0117)", "Södra Roslagen", "Välj …");
  const lat = Number(await page.getByLabel("Latitud").inputValue());
  const lng = Number(await page.getByLabel("Longitud").inputValue());
  await page.getByLabel("Namn").fill("Fel kommun");
  await page.getByLabel("Kommun").selectOption({ label: "Stockholm (0180)" });
  await page.getByLabel("Lokalpolisområde").selectOption({ label: "Järva" });
  await page.getByLabel("Stadsdelsområde").selectOption({ label: "Järva" });
  await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(JSON.stringify(square({ lat, lng })));
  await page.getByRole("button", { name: "Registrera platsen" }).click();
  const kommun = page.getByLabel("Kommun");
  await expect(kommun).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-municipalityCode-error")).toHaveText("Punkten ligger i Österåker (0117), inte i Stockholm.");
  await expect(kommun.locator("option:checked")).toHaveText("Stockholm (0180)");
  await expect(page.getByLabel("Namn")).toHaveValue("Fel kommun");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server refuses Stockholm for a point in Österåker on submit, naming Österåker", async ({ page }) => {
    await page.goto("/platser/ny");
    await page.getByLabel("Namn").fill("Fel kommun utan JavaScript");
    await page.getByLabel("Kommun").selectOption({ label: "Stockholm (0180)" });
    await page.getByLabel("Lokalpolisområde").selectOption({ label: "Järva" });
    await page.getByLabel("Stadsdelsområde").selectOption({ label: "Järva" });
    await page.getByLabel("Latitud").fill(String(places.akersberga.lat));
    await page.getByLabel("Longitud").fill(String(places.akersberga.lng));
    const { lat, lng } = places.akersberga;
    const ring = [
      [lng - 0.0005, lat - 0.0005],
      [lng + 0.0005, lat - 0.0005],
      [lng + 0.0005, lat + 0.0005],
      [lng - 0.0005, lat - 0.0005],
    ];
    await page.getByLabel("Utbredning (GeoJSON-polygon)").fill(JSON.stringify({ type: "Polygon", coordinates: [ring] }));
    await page.getByRole("button", { name: "Registrera platsen" }).click();
    await expect(page.locator("#field-municipalityCode-error")).toHaveText("Punkten ligger i Österåker (0117), inte i Stockholm.");
    await expect(page.getByLabel("Namn")).toHaveValue("Fel kommun utan JavaScript");
  });
});
