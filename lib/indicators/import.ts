import { messages } from "@/lib/i18n";
import { isIndicatorCode } from "./codes";
import { parseCsv, type CsvRecord } from "./csv";
import { indicatorValueSchema, type IndicatorValue, type IndicatorValueFields } from "./schemas";

// The indicator CSV (README, "Outcome indicators (CSV)"): a header row, then one value per line.
// Every line is checked with the form's schema, so a file and the form refuse the same values;
// every error is named by its line. Pure: the scenes of the file's refs come in, the plan of what
// to write (or every issue) goes out. The writing is lib/indicators/mutations.ts.

const t = messages.indicators.csv;

export const REQUIRED_COLUMNS = ["ref", "year", "indicator", "value", "source"] as const;
export const OPTIONAL_COLUMNS = ["period_from", "period_to", "sample_size"] as const;
const COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
export type Column = (typeof COLUMNS)[number];
type FieldColumn = Exclude<Column, "ref">;

const FIELDS: Record<FieldColumn, keyof IndicatorValueFields> = {
  year: "year",
  indicator: "indicator",
  value: "value",
  source: "source",
  period_from: "periodFrom",
  period_to: "periodTo",
  sample_size: "sampleSize",
};
const COLUMN_OF = new Map(Object.entries(FIELDS).map(([column, field]) => [field as string, column as FieldColumn]));

export type IndicatorImportIssue = { line: number; column: Column | null; message: string };
/** A line whose fields passed the schema (value), or did not (null); its ref is checked later. */
export type IndicatorCsvRow = { line: number; ref: string; value: IndicatorValue | null };
/** `missingColumns`: the header lacks a required column, which it reports for every line. */
export type IndicatorCsvRead = { rows: IndicatorCsvRow[]; issues: IndicatorImportIssue[]; missingColumns: boolean };
export type PlannedIndicator = IndicatorValue & { line: number; ref: string; sceneId: string };

const isColumn = (name: string): name is Column => (COLUMNS as string[]).includes(name);

/** The file's columns in order (null: unknown, ignored) and the required ones it lacks. */
type Header = { line: number; columns: (Column | null)[]; missing: Column[] };

function readHeader(record: CsvRecord, issues: IndicatorImportIssue[]): Header {
  const names = record.cells.map((cell) => cell.trim().toLowerCase());
  names.forEach((name, i) => {
    if (!isColumn(name)) issues.push({ line: record.line, column: null, message: t.columnUnknown(name, COLUMNS.join(", ")) });
    else if (names.indexOf(name) !== i) issues.push({ line: record.line, column: null, message: t.columnTwice(name) });
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  for (const column of missing) issues.push({ line: record.line, column: null, message: t.columnMissing(column) });
  return { line: record.line, columns: names.map((name) => (isColumn(name) ? name : null)), missing };
}

/** Checks a line with the columns the header has; a missing column is reported once, by the header. */
function readRow(record: CsvRecord, header: Header, issues: IndicatorImportIssue[]): IndicatorCsvRow {
  const { line, cells } = record;
  const { columns } = header;
  const report = (column: Column | null, message: string) => {
    if (!column || !header.missing.includes(column)) issues.push({ line, column, message });
  };
  const cell = (column: Column) => {
    const i = columns.indexOf(column);
    return i < 0 ? undefined : cells[i];
  };
  if (cells.length > columns.length) report(null, t.tooManyFields(cells.length, columns.length));
  const ref = cell("ref")?.trim() ?? "";
  if (!ref) report("ref", t.refRequired);
  const indicator = cell("indicator")?.trim() ?? "";
  // The form's message asks to choose from a list; a file needs the codes.
  if (!isIndicatorCode(indicator)) report("indicator", t.unknownIndicator(indicator));

  const fields = Object.fromEntries(Object.entries(FIELDS).map(([column, field]) => [field, cell(column as FieldColumn) ?? ""]));
  const parsed = indicatorValueSchema.safeParse(fields);
  if (parsed.success) return { line, ref, value: parsed.data };
  for (const issue of parsed.error.issues) {
    const column = COLUMN_OF.get(String(issue.path[0])) ?? null;
    if (column !== "indicator") report(column, issue.message);
  }
  return { line, ref, value: null };
}

/** The same scene, year and indicator twice in one file: which one was meant is unclear. */
function checkDuplicates(records: CsvRecord[], columns: (Column | null)[], issues: IndicatorImportIssue[]) {
  const seen = new Map<string, number>();
  const at = (record: CsvRecord, column: Column) => record.cells[columns.indexOf(column)]?.trim() ?? "";
  for (const record of records) {
    const parts = [at(record, "ref"), at(record, "year"), at(record, "indicator")];
    if (parts.some((p) => !p)) continue;
    const key = parts.join("\u0000");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, record.line);
    else issues.push({ line: record.line, column: null, message: t.duplicate(first) });
  }
}

/**
 * Reads the file's header and lines, each checked on its own: a broken line, an unknown column or
 * a missing one is reported, and the other lines are still checked.
 */
export function readIndicatorCsv(text: string): IndicatorCsvRead {
  const parsed = parseCsv(text);
  const issues: IndicatorImportIssue[] = parsed.errors.map(({ line, error }) => ({ line, column: null, message: t[error] }));
  const [first, ...rest] = parsed.records;
  // A header line that could not be read leaves no columns to read the lines by.
  if (!first || parsed.errors.some((e) => e.line < first.line)) {
    return { rows: [], issues: issues.length ? issues : [{ line: 1, column: null, message: t.empty }], missingColumns: false };
  }
  const header = readHeader(first, issues);
  if (rest.length === 0 && parsed.errors.length === 0) issues.push({ line: first.line, column: null, message: t.noRows });
  const rows = rest.map((record) => readRow(record, header, issues));
  checkDuplicates(rest, header.columns, issues);
  return { rows, issues, missingColumns: header.missing.length > 0 };
}

/** The file's refs, each once: what to look the scenes up by. */
export function listRefs(rows: IndicatorCsvRow[]): string[] {
  return [...new Set(rows.map((r) => r.ref).filter(Boolean))];
}

/**
 * Checks the refs against the scenes found, and gives the plan of what to write, or every issue
 * of the file in line order. Every line is planned or named by an issue (its own or, for a
 * missing column, the header's).
 */
export function planIndicatorImport(
  read: IndicatorCsvRead,
  scenes: Map<string, { id: string }>,
): { ok: true; plan: PlannedIndicator[] } | { ok: false; issues: IndicatorImportIssue[] } {
  const refIssues: IndicatorImportIssue[] = [];
  const plan: PlannedIndicator[] = [];
  for (const row of read.rows) {
    const scene = scenes.get(row.ref);
    if (row.ref && !scene) refIssues.push({ line: row.line, column: "ref", message: t.unknownRef(row.ref) });
    if (scene && row.value) plan.push({ ...row.value, line: row.line, ref: row.ref, sceneId: scene.id });
  }
  // Stable: within a line, the ref comes first, then the fields in the order they were checked.
  const all = [...refIssues, ...read.issues];
  const planned = new Set(plan.map((p) => p.line));
  const named = new Set(all.map((i) => i.line));
  for (const { line } of read.rows) {
    if (!planned.has(line) && !named.has(line) && !read.missingColumns) all.push({ line, column: null, message: t.lineNotChecked });
  }
  all.sort((a, b) => a.line - b.line);
  return all.length ? { ok: false, issues: all } : { ok: true, plan };
}

export function formatIssue(issue: IndicatorImportIssue): string {
  return t.issue(issue.line, issue.column, issue.message);
}
