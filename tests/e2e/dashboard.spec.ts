import { expect, test } from "@playwright/test";
import { demoAccounts, signIn } from "./fixtures";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)} %`);

test("the dashboard shows the same figures as the statistics API for the same year", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const response = await page.request.get("/api/v1/stats/2025");
  expect(response.status()).toBe(200);
  const api = await response.json();

  await page.goto("/oversikt?ar=2025");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt 2025");
  await expect(page.getByTestId("figure-scenes")).toHaveText(String(api.scenes));
  await expect(page.getByTestId("figure-new")).toHaveText(String(api.new));
  await expect(page.getByTestId("figure-ceased")).toHaveText(String(api.ceased));
  await expect(page.getByTestId("figure-municipalities")).toHaveText(String(api.municipalitiesWithScenes));
  await expect(page.getByTestId("figure-police-areas")).toHaveText(String(api.policeAreasWithScenes));
  await expect(page.getByTestId("figure-joint-share")).toHaveText(percent(api.jointShare));
  await expect(page.getByTestId("figure-coverage")).toHaveText(percent(api.coverage));

  // The table shows 20 rows and a link to all 26 of the county's municipalities.
  const municipalities = page.getByRole("table", { name: "Per kommun", exact: true });
  await expect(municipalities.getByRole("row")).toHaveCount(1 + 20);
  await page.locator("#kommuner").getByRole("link", { name: "Visa alla 26" }).click();
  await expect(municipalities.getByRole("row")).toHaveCount(1 + 26);
  for (const m of api.byMunicipality.filter((row: { scenes: number }) => row.scenes > 0)) {
    const row = municipalities.getByRole("row", { name: new RegExp(`^${m.name} \\(${m.code}\\)`) });
    await expect(row.getByRole("cell").first()).toHaveText(String(m.scenes));
  }
});

test("the dashboard shows collaboration and young people year by year", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const api = await (await page.request.get("/api/v1/stats/2025")).json();
  const earlier = await (await page.request.get("/api/v1/stats/2023")).json();
  await page.goto("/oversikt?ar=2025");
  const section = page.getByRole("region", { name: "Samverkan och unga", exact: true });
  const years = section.getByRole("table", { name: "År för år, över platserna som räknas" });
  // The demo's answers (prisma/seed/demo-answers.ts): partner kinds and minors vary by scene and year.
  await expect(years.getByRole("row", { name: /^2025 / }).getByRole("cell")).toHaveText([
    String(api.scenes),
    percent(api.jointShare),
    "3,3",
    "78 %",
  ]);
  await expect(years.getByRole("row", { name: /^2023 / }).getByRole("cell")).toHaveText([
    String(earlier.scenes),
    percent(earlier.jointShare),
    "2,8",
    "50 %",
  ]);
  await expect(years.getByRole("row", { name: /^2026/ })).toHaveCount(0); // never a year after the one shown
  const municipalities = section.getByRole("table", { name: "Andel gemensamt med kommunen per kommun och år" });
  await expect(municipalities.getByRole("columnheader")).toHaveText(["Kommun", "2021", "2022", "2023", "2024", "2025"]);
  await expect(
    municipalities
      .getByRole("row", { name: /^Järfälla / })
      .getByRole("cell")
      .last(),
  ).toHaveText("100 %");
});

test("the yearly report prints the same figures", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const api = await (await page.request.get("/api/v1/stats/2025")).json();
  await page.goto("/rapport/2025");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Öppna drogscener i Stockholms län 2025");
  await expect(page.getByTestId("figure-scenes")).toHaveText(String(api.scenes));
  await expect(page.getByRole("heading", { name: "Samverkan och unga", level: 2 })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a municipal representative's dashboard counts their municipality only", async ({ page }) => {
  await signIn(page, demoAccounts.jarfallaMunicipality);
  const api = await (await page.request.get("/api/v1/stats/2025")).json();
  expect(api.byMunicipality.filter((m: { scenes: number }) => m.scenes > 0).map((m: { code: string }) => m.code)).toEqual(["0123"]);
  await page.goto("/oversikt?ar=2025");
  await expect(page.getByTestId("figure-scenes")).toHaveText(String(api.scenes));
  const shares = page.getByRole("table", { name: "Andel gemensamt med kommunen per kommun och år" });
  await expect(shares.getByRole("rowheader")).toHaveText(["Järfälla"]);
});

test("the exports hold one row per scene that counts, and the GeoJSON is valid", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  const api = await (await page.request.get("/api/v1/stats/2025")).json();
  await page.goto("/oversikt?ar=2025");
  const csvLink = page.getByRole("link", { name: "Ladda ner CSV" });
  const csv = await (await page.request.get((await csvLink.getAttribute("href"))!)).text();
  expect(csv.trim().split("\r\n")).toHaveLength(1 + api.scenes);
  const xlsx = await page.request.get((await page.getByRole("link", { name: "Ladda ner Excel (XLSX)" }).getAttribute("href"))!);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  const geojson = await (
    await page.request.get((await page.getByRole("link", { name: "Ladda ner GeoJSON" }).getAttribute("href"))!)
  ).json();
  expect(geojson.type).toBe("FeatureCollection");
  expect(geojson.features).toHaveLength(api.scenes);
  for (const feature of geojson.features) {
    if (feature.geometry.type === "Polygon") {
      const ring = feature.geometry.coordinates[0];
      expect(ring[0]).toEqual(ring.at(-1));
    }
  }
});
