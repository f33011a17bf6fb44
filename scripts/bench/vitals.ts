import { chromium } from "@playwright/test";
import type { Vitals } from "./report";

// Core Web Vitals of the dashboard in Chromium: LCP and CLS of the page's load (CLS as the largest
// session window of layout shifts without recent input, map included: the page is read once the
// network is idle), and INP of a year change, the way a keyboard user makes it: the year selector
// moved with the arrow key, then "Visa" pressed. The Event Timing entries are kept in
// sessionStorage, so that those of the press survive the navigation it starts.

const CHROMIUM = "/usr/bin/chromium";
const SETTLE_MS = 10_000;

declare global {
  interface Window {
    __benchVitals: { flush: () => { lcp: number; shifts: { t: number; v: number }[] } };
  }
}

// A string, not a function: tsx compiles this file with helpers (`__name`) the page does not have.
const OBSERVE = `
  const vitals = (window.__benchVitals = { lcp: 0, shifts: [] });
  const keep = (entries) => {
    const kept = JSON.parse(sessionStorage.getItem("bench-events") ?? "[]");
    sessionStorage.setItem("bench-events", JSON.stringify([...kept, ...entries]));
  };
  const onLargestPaint = (entries) => {
    for (const e of entries) vitals.lcp = e.startTime;
  };
  const onShifts = (entries) => {
    for (const e of entries) if (!e.hadRecentInput) vitals.shifts.push({ t: e.startTime, v: e.value });
  };
  const onEvents = (entries) => {
    const interactions = entries.filter((e) => (e.interactionId ?? 0) > 0 || e.entryType === "first-input");
    if (interactions.length) keep(interactions.map((e) => ({ id: e.interactionId || -1, d: e.duration, name: e.name })));
  };
  const observers = [
    [onLargestPaint, { type: "largest-contentful-paint", buffered: true }],
    [onShifts, { type: "layout-shift", buffered: true }],
    [onEvents, { type: "event", buffered: true, durationThreshold: 16 }],
    [onEvents, { type: "first-input", buffered: true }],
  ].map(([handle, init]) => {
    const observer = new PerformanceObserver((list) => handle(list.getEntries()));
    observer.observe(init);
    return () => handle(observer.takeRecords());
  });
  // Observers are called back later, on a busy machine much later: what is pending is taken now.
  vitals.flush = () => {
    for (const take of observers) take();
    return { lcp: vitals.lcp, shifts: vitals.shifts };
  };
  addEventListener("pagehide", () => vitals.flush());
`;

/** The largest session window: shifts less than 1 s apart, a window at most 5 s long. */
export function largestShiftWindow(shifts: { t: number; v: number }[]): number {
  let largest = 0;
  let current = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const { t, v } of shifts) {
    if (t - previous >= 1000 || t - first >= 5000) {
      current = 0;
      first = t;
    }
    current += v;
    previous = t;
    largest = Math.max(largest, current);
  }
  return largest;
}

export async function measureVitals(dashboardUrl: string, cookie: { name: string; value: string }): Promise<Vitals & { notes: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const url = new URL(dashboardUrl);
    await context.addCookies([
      { name: cookie.name, value: cookie.value, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" },
    ]);
    await context.addInitScript({ content: OBSERVE });
    const page = await context.newPage();
    const notes: string[] = [];
    // The map's requests included, as far as they end: a page that keeps the network busy is read after a while.
    const settle = () =>
      page.waitForLoadState("networkidle", { timeout: SETTLE_MS }).catch(() => {
        notes.push(`vitals: the network was not idle ${SETTLE_MS / 1000} s after the load; read then`);
      });
    await page.goto(dashboardUrl, { waitUntil: "load" });
    await settle();
    if (new URL(page.url()).pathname !== url.pathname) throw new Error(`vitals: the dashboard sent Chromium to ${page.url()}`);
    const { lcp, shifts } = await page.evaluate(() => window.__benchVitals.flush());
    if (!(lcp > 0)) throw new Error("vitals: Chromium reported no largest contentful paint for the dashboard");

    const select = page.locator("#year-select");
    const before = await select.inputValue();
    await select.focus();
    await page.keyboard.press("ArrowUp");
    if ((await select.inputValue()) === before) await page.keyboard.press("ArrowDown");
    const year = await select.inputValue();
    if (year === before) throw new Error("vitals: the year selector did not change with the arrow keys");
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get("ar") === year),
      page.locator('form[method="get"][action="/oversikt"] button[type="submit"]').press("Enter"),
    ]);
    await page.waitForLoadState("load");
    await settle();
    const events = await page.evaluate(() => JSON.parse(sessionStorage.getItem("bench-events") ?? "[]") as { id: number; d: number }[]);
    // Interactions faster than 16 ms are not reported (Event Timing's least threshold) but the first input always is.
    if (events.length === 0) notes.push("vitals: no interaction of the year change was reported: INP below 16 ms");
    return { lcpMs: lcp, cls: largestShiftWindow(shifts), inpMs: Math.max(0, ...events.map((e) => e.d)), notes };
  } finally {
    await browser.close();
  }
}
