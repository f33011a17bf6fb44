import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAccounts, signIn, waitForMap } from "./fixtures";

// The zoom from which the dashboard map draws extents (components/map/scene-extents.tsx).
const EXTENT_ZOOM = 13;

/** Where the cluster with the most scenes lies among those wholly inside the map (Leaflet also places some just outside). */
async function largestClusterInView(page: Page): Promise<{ x: number; y: number } | null> {
  // Read at rest: while Leaflet animates a zoom, the clusters are being replaced.
  await expect(page.locator(".leaflet-cluster-anim")).toHaveCount(0);
  return page.evaluate(() => {
    const view = document.querySelector(".leaflet-container")!.getBoundingClientRect();
    let largest: { x: number; y: number; count: number } | null = null;
    for (const cluster of document.querySelectorAll(".leaflet-container .scene-cluster")) {
      const box = cluster.getBoundingClientRect();
      const count = Number(cluster.querySelector("span[aria-hidden]")?.textContent);
      const inside = box.left >= view.left && box.top >= view.top && box.right <= view.right && box.bottom <= view.bottom;
      if (inside && count > (largest?.count ?? 0)) largest = { x: box.left + box.width / 2, y: box.top + box.height / 2, count };
    }
    return largest && { x: largest.x, y: largest.y };
  });
}

/**
 * The first of the scenes' points drawn wholly inside the map: Leaflet draws those just beyond its
 * edges too, and leaves the others in the list as empty paths.
 */
function firstPointInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = document.querySelector(".leaflet-container")!.getBoundingClientRect();
    return [...document.querySelectorAll(".leaflet-container path.scene-point")].findIndex((point) => {
      const box = point.getBoundingClientRect();
      const drawn = box.width > 0 && box.height > 0;
      return drawn && box.left >= view.left && box.top >= view.top && box.right <= view.right && box.bottom <= view.bottom;
    });
  });
}

test("the dashboard map clusters the year's scenes and draws their extents when zoomed in", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const response = await page.request.get("/api/map/scenes/2025");
  expect(response.status()).toBe(200);
  // Served compressed by the built app.
  expect(response.headers()["content-encoding"]).toBe("gzip");
  const scenes: unknown[] = await response.json();
  expect(scenes.length).toBeGreaterThan(1);

  await page.goto("/oversikt?ar=2025");
  // The figures are the page's own: there before and whatever the map does.
  await expect(page.getByTestId("figure-scenes")).toBeVisible();
  await waitForMap(page);
  await expect(page.getByRole("status").filter({ hasText: "på kartan" })).toHaveText(`${scenes.length} platser på kartan.`);
  const map = page.getByRole("region", { name: "Karta över öppna drogscener 2025" });
  const clusters = map.locator(".scene-cluster");
  await expect(clusters.first()).toBeVisible();
  await expect(map.locator("path.scene-extent")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Into the largest cluster in view, one click at a time, until the map shows a neighbourhood.
  const container = page.locator(".leaflet-container[data-zoom]");
  // Clicked where it lies on the screen: the whole map in the window.
  await map.scrollIntoViewIfNeeded();
  for (;;) {
    const zoom = (await container.getAttribute("data-zoom"))!;
    if (Number(zoom) >= EXTENT_ZOOM) break;
    // A cluster zooms to its scenes; with none left in view, one step in keeps them near the middle.
    const cluster = await largestClusterInView(page);
    if (cluster) await page.mouse.click(cluster.x, cluster.y);
    else await map.getByRole("button", { name: "Zooma in", exact: true }).click();
    await expect(container).not.toHaveAttribute("data-zoom", zoom);
  }
  await expect(map.locator("path.scene-extent").first()).toBeVisible();
  await expect(clusters).toHaveCount(0);

  // A scene's point opens its summary, with the way to its page. The demo's scenes lie across the
  // county, so the first in the list may be beyond the map's edge.
  const inView = await firstPointInView(page);
  expect(inView).toBeGreaterThanOrEqual(0);
  await map.locator("path.scene-point").nth(inView).click();
  await expect(map.getByRole("link", { name: "Visa platsen" })).toBeVisible();
});
