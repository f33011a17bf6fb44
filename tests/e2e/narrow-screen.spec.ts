import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, mainNav, signIn, waitForMap } from "./fixtures";
import { listPageRoutes, matchesRoute } from "./page-routes";

// Every page of the app on a phone (390 × 844): nothing may be wider than the screen (a table
// scrolls in its own box, long words wrap), and axe finds nothing outside the maps (the map pages'
// own checks are in their spec). One visit per page and state; pages are checked a few per test,
// each test with a budget for a loaded machine (a budget for waiting, not a timing assertion).
test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 150_000 });

const year = new Date().getFullYear();
const next = year + 1;

type Visit = {
  /** The address; with `open`, the route pattern of the page that `open` ends on. */
  path: string;
  /** Reaches the page when its address is only known on an earlier page (an id, a code). */
  open?: (page: Page) => Promise<void>;
  /** The page draws a map: wait for it before measuring; axe leaves the map's inside to the map spec. */
  map?: boolean;
};

type Group = { title: string; as: keyof typeof demoAccounts | null; visits: Visit[]; withNavigation?: boolean };

const editJonna: Visit = {
  path: "/admin/anvandare/[id]",
  open: async (page) => {
    await page.goto("/admin/anvandare");
    await page.getByRole("link", { name: "Redigera Jonna Järva" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Jonna Järva");
  },
};

/** Next year's draft questionnaire, prepared as tests/e2e/accessibility.spec.ts and questionnaires.spec.ts do. */
const nextYearDraft: Visit = {
  path: `/admin/formular/${next}`,
  open: async (page) => {
    await page.goto("/admin/formular");
    const prepare = page.getByRole("button", { name: `Förbered ${next}` });
    if (await prepare.isVisible()) await prepare.click();
    else await page.goto(`/admin/formular/${next}`);
    await expect(page.getByRole("heading", { name: `Frågeformulär ${next}`, level: 1 })).toBeVisible();
  },
};

const draftQuestion: Visit = {
  path: "/admin/formular/[year]/fragor/[code]",
  open: async (page) => {
    await page.goto(`/admin/formular/${next}`);
    await page.getByRole("link", { name: "Ändra frågan ”Symtom på platsen”" }).click();
    await expect(page.getByLabel("Alternativets kod")).toBeVisible();
  },
};

const codePage: Visit = {
  path: "/login/kod",
  open: async (page) => {
    await page.goto("/login");
    await page.getByLabel("E-postadress").fill(demoAccounts.admin);
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Ange engångskod", level: 1 })).toBeVisible();
  },
};

const groups: Group[] = [
  {
    title: "the public pages and the second factor's code page",
    as: null,
    // The start page sends a visitor to the login page.
    visits: [{ path: "/" }, { path: "/login" }, { path: "/tillganglighet" }, codePage],
  },
  {
    title: "the admin's main menu and own account",
    as: "admin",
    withNavigation: true,
    visits: [
      { path: "/oversikt", map: true },
      { path: "/karta", map: true },
      { path: "/platser" },
      { path: "/bedomningar" },
      { path: "/insatser" },
      { path: "/notiser" },
      { path: "/konto" },
      { path: "/konto/tokens" },
      { path: "/konto/losenord" },
      { path: "/konto/tvastegsverifiering" },
      { path: "/finns-inte" },
    ],
  },
  {
    title: "the admin pages",
    as: "admin",
    visits: [
      { path: "/admin" },
      { path: "/admin/anvandare" },
      { path: "/admin/anvandare/ny" },
      editJonna,
      { path: "/admin/logg" },
      { path: "/admin/import" },
      { path: "/admin/tokens" },
      { path: "/admin/kartlaggning" },
      { path: "/admin/insatstyper" },
    ],
  },
  {
    title: "the questionnaire pages",
    as: "admin",
    visits: [
      { path: "/admin/formular" },
      { path: `/admin/formular/${year}` },
      nextYearDraft,
      draftQuestion,
      { path: `/admin/formular/${next}/forhandsgranska`, map: true },
      { path: "/admin/formular/jamfor" },
      { path: `/admin/formular/jamfor?fran=${year - 1}&till=${next}` },
    ],
  },
  {
    title: "a scene's pages",
    as: "admin",
    visits: [
      { path: "/platser/S-0001", map: true },
      { path: "/platser/ny", map: true },
      { path: "/platser/S-0001/redigera", map: true },
      { path: "/platser/S-0001/stang" },
      { path: "/platser/S-0001/sammanfoga" },
      { path: "/platser/S-0001/dela" },
    ],
  },
  {
    title: "an analyst's menu, the long assessment form and the follow-up pages",
    as: "jarva",
    withNavigation: true,
    visits: [
      { path: `/platser/S-0003/bedomningar/${year}`, map: true },
      { path: `/platser/S-0003/bedomningar/${year}/historik` },
      { path: "/platser/S-0001/indikatorer" },
      { path: "/platser/S-0001/insatser" },
      { path: "/platser/S-0001/uppfoljning" },
    ],
  },
  {
    title: "a co-signed assessment and its history",
    as: "sodermalm",
    visits: [{ path: "/platser/S-0007/bedomningar/2025", map: true }, { path: "/platser/S-0007/bedomningar/2025/historik" }],
  },
  {
    title: "the municipality's menu and co-signing view",
    as: "stockholm",
    withNavigation: true,
    visits: [{ path: `/platser/S-0007/bedomningar/${year}`, map: true }],
  },
  {
    title: "the steering group's menu, last year's dashboard and the yearly report",
    as: "steering",
    withNavigation: true,
    visits: [{ path: "/oversikt?ar=2025", map: true }, { path: `/rapport/2025`, map: true }, { path: "/vad-fungerar" }],
  },
  {
    title: "a municipality without scenes: notifications and the 403 page",
    as: "jarfallaMunicipality",
    withNavigation: true,
    visits: [{ path: "/notiser" }, { path: "/admin/anvandare" }],
  },
];

test("every page route of app/ is visited below", () => {
  const visited = groups.flatMap((group) => group.visits);
  const missing = listPageRoutes().filter(
    (route) => !visited.some((visit) => (visit.open ? visit.path === route : matchesRoute(route, visit.path))),
  );
  expect(missing, "page routes without a visit in narrow-screen.spec.ts").toEqual([]);
});

/** The pages that draw a map (their maps mount after hydration and are measured once drawn). */
const mapRoutes = ["/oversikt", "/karta", "/rapport/[year]"];

for (const group of groups) {
  test(`${group.title}, at 390 px`, async ({ page }) => {
    if (group.as) await signIn(page, demoAccounts[group.as]);
    const visits = [...group.visits];
    if (group.withNavigation) {
      const menu = await mainNav(page)
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      for (const href of menu.reverse()) {
        if (!visits.some((visit) => visit.path === href)) visits.unshift({ path: href, map: mapRoutes.some((r) => matchesRoute(r, href)) });
      }
    }
    const wider: string[] = [];
    const violations: string[] = [];
    for (const visit of visits) {
      if (visit.open) await visit.open(page);
      else await page.goto(visit.path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (visit.map) await waitForMap(page);
      const overflow = await measureOverflow(page);
      if (overflow) wider.push(`${visit.path}: ${overflow}`);
      violations.push(...(await axeViolations(page, visit.map ?? false)).map((v) => `${visit.path}: ${v}`));
    }
    expect(wider, "pages wider than the 390 px screen").toEqual([]);
    expect(violations, "axe at 390 px").toEqual([]);
  });
}

test("a table wider than the screen scrolls in its own box, which the keyboard reaches and scrolls", async ({ page }) => {
  await signIn(page, demoAccounts.steering);
  await page.goto("/oversikt?ar=2025");
  const box = page.getByRole("region", { name: "Per kommun", exact: true });
  await expect(box).toHaveAttribute("tabindex", "0");
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});

test("the long assessment form keeps its actions at hand, never over the field being filled in", async ({ page }) => {
  await signIn(page, demoAccounts.jarva);
  await page.goto(`/platser/S-0003/bedomningar/${year}`);
  await waitForMap(page);
  const save = page.getByRole("button", { name: "Spara utkast" });
  const send = page.getByRole("button", { name: "Skicka till kommunen" });
  await page.getByLabel("Beskrivning av platsen").focus();
  // Field by field down the form, as a keyboard goes: the actions stay on the screen, clear of the focused field.
  for (let step = 0; step < 25; step++) {
    await page.keyboard.press("Tab");
    await expect(save).toBeInViewport();
    await expect(send).toBeInViewport();
    const overlap = await save.evaluate((button) => {
      const bar = button.parentElement!.getBoundingClientRect();
      const focused = document.activeElement;
      if (!focused || button.parentElement!.contains(focused)) return 0;
      const field = focused.getBoundingClientRect();
      return Math.max(0, Math.min(field.bottom, bar.bottom) - Math.max(field.top, bar.top));
    });
    expect(overlap, `the actions cover the focused field after ${step + 1} tabs`).toBe(0);
  }
});

async function axeViolations(page: Page, map: boolean): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (map) axe = axe.exclude(".leaflet-container");
  const results = await axe.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Null when the document is no wider than the viewport; otherwise its width and the elements where
 * the excess starts (outermost first), to say what to fix.
 */
async function measureOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth <= viewport) return null;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}` : ""}`;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const right = el.getBoundingClientRect().right + window.scrollX;
      const parent = el.parentElement;
      const parentRight = parent ? parent.getBoundingClientRect().right + window.scrollX : 0;
      const positioned = ["absolute", "fixed"].includes(getComputedStyle(el).position);
      if (right > viewport + 1 && (parentRight <= viewport + 1 || positioned)) {
        culprits.push(`${describe(el)} (to ${Math.round(right)} px, in ${parent ? describe(parent) : "-"})`);
      }
      if (culprits.length >= 5) break;
    }
    return `${root.scrollWidth} px wide, viewport ${viewport} px; ${culprits.join("; ")}`;
  });
}
