// The bench's one JSON object (issue 13, point 3) and the budgets it is judged by. Pure: unit-tested
// in tests/unit/bench-report.test.ts.

/** p50 and p95 from requests one at a time; rps from the concurrent clients. */
export type Timing = { p50Ms: number; p95Ms: number; rps: number };

export type Vitals = { lcpMs: number; cls: number; inpMs: number };

export type Measured = {
  dashboard: Timing;
  api: Timing;
  static: Timing;
  save: Timing;
  sqlPerDashboard: number;
  sqlPerApi: number;
  dashboardHtmlBytes: number;
  rssMb: number;
  jsGzipBytesNonMapPage: number;
  loadAverage: number;
  vitals?: Vitals;
};

export type Budget = { name: string; limit: string; value: number; pass: boolean };

export type Report = Measured & {
  ratioDashboardToStatic: number;
  ratioApiToStatic: number;
  budgets: Budget[];
};

/** The static reference the ratios divide by: a file of public/, through the same server and middleware. */
export const STATIC_PATH = "/robots.txt";
const STATIC_REFERENCE = `GET ${STATIC_PATH}`;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

const atMost = (name: string, value: number, limit: number, unit: string): Budget => ({
  name,
  limit: `≤ ${limit}${unit}`,
  value,
  pass: Number.isFinite(value) && value <= limit,
});

const atLeast = (name: string, value: number, limit: number, unit: string): Budget => ({
  name,
  limit: `≥ ${limit}${unit}`,
  value,
  pass: Number.isFinite(value) && value >= limit,
});

/** The budgets of issue 13, point 3; a value that could not be measured (NaN) fails. */
export function evaluateBudgets(m: Measured, ratios: { dashboard: number; api: number }): Budget[] {
  return [
    atLeast(`dashboard rps / static rps (${STATIC_REFERENCE})`, ratios.dashboard, 0.5, ""),
    atMost("api p95 one at a time", m.api.p95Ms, 20, " ms"),
    atLeast(`api rps / static rps (${STATIC_REFERENCE})`, ratios.api, 0.5, ""),
    atMost("SQL statements per dashboard request", m.sqlPerDashboard, 5, ""),
    atMost("SQL statements per API request", m.sqlPerApi, 3, ""),
    atMost("dashboard HTML, uncompressed", m.dashboardHtmlBytes, 150_000, " bytes"),
    atMost("JavaScript of a page without a map, gzip", m.jsGzipBytesNonMapPage, 150_000, " bytes"),
    atMost("assessment save p95 one at a time", m.save.p95Ms, 100, " ms"),
    atMost("app resident memory after the bench", m.rssMb, 400, " MB"),
  ];
}

function roundTiming(t: Timing): Timing {
  return { p50Ms: round(t.p50Ms, 1), p95Ms: round(t.p95Ms, 1), rps: round(t.rps, 1) };
}

export function buildReport(m: Measured): Report {
  const ratioDashboardToStatic = round(m.dashboard.rps / m.static.rps, 3);
  const ratioApiToStatic = round(m.api.rps / m.static.rps, 3);
  const measured: Measured = {
    ...m,
    dashboard: roundTiming(m.dashboard),
    api: roundTiming(m.api),
    static: roundTiming(m.static),
    save: roundTiming(m.save),
    sqlPerDashboard: round(m.sqlPerDashboard, 2),
    sqlPerApi: round(m.sqlPerApi, 2),
    rssMb: round(m.rssMb, 1),
    loadAverage: round(m.loadAverage, 2),
  };
  return {
    dashboard: measured.dashboard,
    api: measured.api,
    static: measured.static,
    save: measured.save,
    ratioDashboardToStatic,
    ratioApiToStatic,
    sqlPerDashboard: measured.sqlPerDashboard,
    sqlPerApi: measured.sqlPerApi,
    dashboardHtmlBytes: m.dashboardHtmlBytes,
    rssMb: measured.rssMb,
    jsGzipBytesNonMapPage: m.jsGzipBytesNonMapPage,
    loadAverage: measured.loadAverage,
    ...(m.vitals ? { vitals: { lcpMs: round(m.vitals.lcpMs, 0), cls: round(m.vitals.cls, 4), inpMs: round(m.vitals.inpMs, 0) } } : {}),
    budgets: evaluateBudgets(measured, { dashboard: ratioDashboardToStatic, api: ratioApiToStatic }),
  };
}

/** The budgets as lines for the human-readable output. */
export function formatBudgets(budgets: Budget[]): string {
  const width = Math.max(...budgets.map((b) => b.name.length));
  return budgets
    .map((b) => `  ${b.pass ? "pass" : "FAIL"}  ${b.name.padEnd(width)}  ${String(b.value).padStart(10)}  (${b.limit})`)
    .join("\n");
}
