import { buildHref } from "./href";
import { parseYear, YEAR_PARAM, type UrlValue } from "./year";

// The dashboard's address: its year and the one long table shown in full. The page reads it, its
// links are built by it, and the page cache serves only the addresses built here.

export const DASHBOARD_PATH = "/oversikt";
/** The parameter of a table's "show all" link. */
export const SHOW_ALL_PARAM = "alla";

/** The dashboard's long tables, by the value of their "show all" link's parameter. */
export const LONG_TABLES = [
  "kommuner",
  "lokalpolisomraden",
  "stadsdelsomraden",
  "utfall-kommuner",
  "utfall-lokalpolisomraden",
  "samverkan-kommuner",
  "samverkan-lokalpolisomraden",
] as const;
export type LongTable = (typeof LONG_TABLES)[number];

export type DashboardParams = { year: number | null; expanded: LongTable | null };

export function readDashboardParams(params: Record<string, UrlValue>): DashboardParams {
  const shown = params[SHOW_ALL_PARAM];
  return { year: parseYear(params[YEAR_PARAM]), expanded: LONG_TABLES.find((table) => table === shown) ?? null };
}

export function dashboardHref(year: number | null, expanded: LongTable | null = null): string {
  return buildHref(DASHBOARD_PATH, { [YEAR_PARAM]: year, [SHOW_ALL_PARAM]: expanded });
}
