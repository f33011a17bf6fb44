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
export type PlannedIndicator = IndicatorValue & { line: number; ref: string; sceneId: string };

const isColumn = (name: string): name is Column => (COLUMNS as string[]).includes(name);

function readHeader(record: CsvRecord, issues: IndicatorImportIssue[]): (Column | null)[] | null {
  const names = record.cells.map((cell) => cell.trim().toLowerCase());
  const before = issues.length;
  names.forEach((name, i) => {
    if (!isColumn(name)) issues.push({ line: record.line, column: null, message: t.columnUnknown(name, COLUMNS.join(", ")) });
    else if (names.indexOf(name) !== i) issues.push({ line: record.line, column: null, message: t.columnTwice(name) });
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!names.includes(column)) issues.push({ line: record.line, column: null, message: t.columnMissing(column) });
  }
  return issues.length > before ? null : names.map((name) => (isColumn(name) ? name : null));
}

function readRow(record: CsvRecord, columns: (Column | null)[], issues: IndicatorImportIssue[]): IndicatorCsvRow {
  const { line, cells } = record;
  const cell = (column: Column) => {
    const i = columns.indexOf(column);
    return i < 0 ? undefined : cells[i];
  };
  if (cells.length > columns.length) issues.push({ line, column: null, message: t.tooManyFields(cells.length, columns.length) });
  const ref = cell("ref")?.trim() ?? "";
  if (!ref) issues.push({ line, column: "ref", message: t.refRequired });
  const indicator = cell("indicator")?.trim() ?? "";
  // The form's message asks to choose from a list; a file needs the codes.
  if (!isIndicatorCode(indicator)) issues.push({ line, column: "indicator", message: t.unknownIndicator(indicator) });

  const fields = Object.fromEntries(Object.entries(FIELDS).map(([column, field]) => [field, cell(column as FieldColumn) ?? ""]));
  const parsed = indicatorValueSchema.safeParse(fields);
  if (parsed.success) return { line, ref, value: parsed.data };
  for (const issue of parsed.error.issues) {
    const column = COLUMN_OF.get(String(issue.path[0])) ?? null;
    if (column !== "indicator") issues.push({ line, column, message: issue.message });
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

/** Reads the file's header and lines, each checked on its own. */
export function readIndicatorCsv(text: string): { rows: IndicatorCsvRow[]; issues: IndicatorImportIssue[] } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { rows: [], issues: [{ line: parsed.line, column: null, message: t[parsed.error] }] };
  const [header, ...records] = parsed.records;
  if (!header) return { rows: [], issues: [{ line: 1, column: null, message: t.empty }] };
  const issues: IndicatorImportIssue[] = [];
  const columns = readHeader(header, issues);
  if (!columns) return { rows: [], issues };
  if (records.length === 0) return { rows: [], issues: [{ line: header.line, column: null, message: t.noRows }] };
  const rows = records.map((record) => readRow(record, columns, issues));
  checkDuplicates(records, columns, issues);
  return { rows, issues };
}

/** The file's refs, each once: what to look the scenes up by. */
export function listRefs(rows: IndicatorCsvRow[]): string[] {
  return [...new Set(rows.map((r) => r.ref).filter(Boolean))];
}

/**
 * Checks the refs against the scenes found, and gives the plan of what to write, or every issue
 * of the file in line order.
 */
export function planIndicatorImport(
  read: { rows: IndicatorCsvRow[]; issues: IndicatorImportIssue[] },
  scenes: Map<string, { id: string }>,
): { ok: true; plan: PlannedIndicator[] } | { ok: false; issues: IndicatorImportIssue[] } {
  const issues: IndicatorImportIssue[] = [];
  const plan: PlannedIndicator[] = [];
  for (const row of read.rows) {
    const scene = scenes.get(row.ref);
    if (row.ref && !scene) issues.push({ line: row.line, column: "ref", message: t.unknownRef(row.ref) });
    if (scene && row.value) plan.push({ ...row.value, line: row.line, ref: row.ref, sceneId: scene.id });
  }
  // Stable: within a line, the ref comes first, then the fields in the order they were checked.
  const all = [...issues, ...read.issues].sort((a, b) => a.line - b.line);
  return all.length ? { ok: false, issues: all } : { ok: true, plan };
}

export function formatIssue(issue: IndicatorImportIssue): string {
  return t.issue(issue.line, issue.column, issue.message);
}
