import { describe, expect, it } from "vitest";
import { readForm } from "@/scripts/bench/form";
import { scriptChunkUrls } from "@/scripts/bench/js-size";
import { buildReport, type Measured } from "@/scripts/bench/report";
import { largestShiftWindow } from "@/scripts/bench/vitals";

const within: Measured = {
  dashboard: { p50Ms: 4.04, p95Ms: 6, rps: 300 },
  api: { p50Ms: 3, p95Ms: 20, rps: 400 },
  static: { p50Ms: 2, p95Ms: 3, rps: 600 },
  save: { p50Ms: 40, p95Ms: 100, rps: 50 },
  sqlPerDashboard: 5,
  sqlPerApi: 3,
  dashboardHtmlBytes: 150_000,
  rssMb: 400,
  jsGzipBytesNonMapPage: 150_000,
  loadAverage: 0.123,
};

describe("the bench's JSON report", () => {
  it("has exactly the fields of issue 13, the ratios from the concurrent throughput", () => {
    const report = buildReport(within);
    expect(Object.keys(report)).toEqual([
      "dashboard",
      "api",
      "static",
      "save",
      "ratioDashboardToStatic",
      "ratioApiToStatic",
      "sqlPerDashboard",
      "sqlPerApi",
      "dashboardHtmlBytes",
      "rssMb",
      "jsGzipBytesNonMapPage",
      "loadAverage",
      "budgets",
    ]);
    expect(report.dashboard).toEqual({ p50Ms: 4, p95Ms: 6, rps: 300 });
    expect(report.ratioDashboardToStatic).toBe(0.5);
    expect(report.ratioApiToStatic).toBe(0.667);
    expect(report.loadAverage).toBe(0.12);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("passes every budget at its limit", () => {
    const { budgets } = buildReport(within);
    expect(budgets).toHaveLength(9);
    expect(budgets.filter((b) => !b.pass)).toEqual([]);
  });

  it("fails each budget just past its limit, and a figure that could not be measured", () => {
    const { budgets } = buildReport({
      ...within,
      dashboard: { ...within.dashboard, rps: 299 },
      api: { p50Ms: 3, p95Ms: 20.1, rps: 299 },
      save: { ...within.save, p95Ms: 100.1 },
      sqlPerDashboard: 5.2,
      sqlPerApi: 3.2,
      dashboardHtmlBytes: 150_001,
      rssMb: 400.1,
      jsGzipBytesNonMapPage: Number.NaN,
    });
    expect(budgets.filter((b) => b.pass)).toEqual([]);
  });

  it("adds the vitals only when they were measured", () => {
    expect(buildReport(within)).not.toHaveProperty("vitals");
    expect(buildReport({ ...within, vitals: { lcpMs: 812.4, cls: 0.00012, inpMs: 48.2 } }).vitals).toEqual({
      lcpMs: 812,
      cls: 0.0001,
      inpMs: 48,
    });
  });
});

describe("what the bench reads from pages", () => {
  it("posts a form as a browser without JavaScript would", () => {
    const html = `<form action="" method="POST"><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;ab&quot;}"/>
      <input type="hidden" name="version" value="3"/><input type="checkbox" name="q.s" value="a" checked=""/><input type="checkbox" name="q.s" value="b"/>
      <input type="radio" name="q.o" value="yes"/><input type="radio" name="q.o" value="no" checked=""/>
      <select name="policeAreaId"><option value="">Välj</option><option value="x" selected="">X</option></select>
      <textarea name="extent">
{&quot;a&quot;:1}</textarea><button type="submit" name="intent" value="save">Spara</button></form>`;
    expect(readForm(html, { name: "intent", value: "save" })).toEqual({
      action: "",
      fields: [
        ["$ACTION_1:0", '{"id":"ab"}'],
        ["version", "3"],
        ["q.s", "a"],
        ["q.o", "no"],
        ["policeAreaId", "x"],
        ["extent", '{"a":1}'],
        ["intent", "save"],
      ],
    });
    expect(() => readForm(html, { name: "intent", value: "submit" })).toThrow(/no form/);
  });

  it("counts a page's script chunks once each, and not the polyfills only old browsers load", () => {
    const html = `<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><link rel="stylesheet" href="/_next/static/chunks/c.css"/>
      <script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js?dpl=1" async=""></script>
      <script src="/_next/static/chunks/polyfills.js" noModule="" nonce="x"></script>`;
    expect(scriptChunkUrls(html, "http://127.0.0.1:3500")).toEqual([
      "http://127.0.0.1:3500/_next/static/chunks/a.js",
      "http://127.0.0.1:3500/_next/static/chunks/b.js",
    ]);
  });

  it("takes CLS as the largest session window of shifts", () => {
    expect(largestShiftWindow([])).toBe(0);
    // Two windows: 0.1 + 0.05 within a second, then 0.12 alone after a pause of more than a second.
    expect(
      largestShiftWindow([
        { t: 100, v: 0.1 },
        { t: 900, v: 0.05 },
        { t: 2500, v: 0.12 },
      ]),
    ).toBeCloseTo(0.15);
  });
});
