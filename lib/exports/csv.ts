import type { Cell } from "./types";

// CSV as Swedish Excel opens it with a double-click: UTF-8 with a byte order mark (else Excel
// guesses a legacy code page and breaks å, ä, ö), `;` between fields and a decimal comma (the
// list and decimal separators of the Swedish locale), CRLF line ends and RFC 4180 quoting.
// R reads it with read.csv2(), pandas with read_csv(sep=";", decimal=",").

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";
const LINE_END = "\r\n";

/**
 * Text that Excel would run as a formula (=, +, -, @, or a tab or CR first) gets a leading
 * apostrophe: free-text answers come from users, and a cell must never become a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCsvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell).replace(".", ",") : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: a header row, then one line per row. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(formatCsvCell).join(CSV_SEPARATOR));
  return BOM + lines.map((line) => line + LINE_END).join("");
}
