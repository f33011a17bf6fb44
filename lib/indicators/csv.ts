// A small RFC 4180 reader for the indicator import (no CSV parser is a dependency of the app).
// Quoted fields may hold the separator, line breaks and doubled quotes; lines end in CRLF, LF or
// CR. Each record keeps the line it starts on, so that errors name the line a user sees in an
// editor. Blank lines are skipped. A broken record is reported and skipped, and reading goes on
// with the next line, so that one stray quote does not hide the rest of the file. Pure.

export type CsvSeparator = "," | ";";
export type CsvRecord = { line: number; cells: string[] };
export type CsvError = { line: number; error: "unterminatedQuote" | "textAfterQuote" };
export type CsvResult = { records: CsvRecord[]; errors: CsvError[] };

const BOM = "\uFEFF";

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** `;` when the header line has one (as Swedish Excel writes), else `,`. */
export function detectSeparator(text: string): CsvSeparator {
  const header = stripBom(text).split(/\r\n|\n|\r/, 1)[0] ?? "";
  return header.includes(";") ? ";" : ",";
}

/** The length of the line break at `i`, or 0. */
function lineBreakAt(text: string, i: number): number {
  if (text[i] === "\r") return text[i + 1] === "\n" ? 2 : 1;
  return text[i] === "\n" ? 1 : 0;
}

/** Where reading goes on after the line holding `i`, and whether a line break ended it. */
function nextLine(text: string, i: number): { next: number; breaks: number } {
  let at = i;
  while (at < text.length && !lineBreakAt(text, at)) at += 1;
  const lineBreak = lineBreakAt(text, at);
  return { next: at + lineBreak, breaks: lineBreak ? 1 : 0 };
}

/** Inside quotes at `i`: the text it adds to the cell, its length, and whether it ends the quotes. */
function quotedAt(text: string, i: number): { add: string; length: number; closes: boolean } {
  if (text[i] === '"') return text[i + 1] === '"' ? { add: '"', length: 2, closes: false } : { add: "", length: 1, closes: true };
  const length = lineBreakAt(text, i) || 1;
  return { add: text.slice(i, i + length), length, closes: false };
}

/**
 * One record from `start`: its cells, where the next one starts and how many line breaks lie
 * between; or its error, the line breaks before it, and where reading goes on.
 */
type Read =
  | { ok: true; cells: string[]; blank: boolean; next: number; breaks: number }
  | { ok: false; error: CsvError["error"]; at: number; next: number; breaks: number };

function readRecord(text: string, start: number, separator: CsvSeparator): Read {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let closedQuote = false;
  let breaks = 0;
  let i = start;
  while (i < text.length && (quoted || !lineBreakAt(text, i))) {
    const c = text[i]!;
    if (quoted) {
      const q = quotedAt(text, i);
      if (lineBreakAt(text, i)) breaks += 1;
      cell += q.add;
      quoted = !q.closes;
      closedQuote = q.closes;
      i += q.length;
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
      closedQuote = false;
      i += 1;
    } else if (closedQuote) {
      const rest = nextLine(text, i);
      return { ok: false, error: "textAfterQuote", at: breaks, next: rest.next, breaks: breaks + rest.breaks };
    } else {
      // A quote inside an unquoted field is kept as it is, as most spreadsheets write it.
      quoted = c === '"' && cell === "";
      if (!quoted) cell += c;
      i += 1;
    }
  }
  // A quote that never ends: the record is taken to be its first line, and reading goes on after it.
  if (quoted) return { ok: false, error: "unterminatedQuote", at: 0, ...nextLine(text, start) };
  cells.push(cell);
  const end = nextLine(text, i);
  return { ok: true, cells, blank: cells.length === 1 && cell === "" && !closedQuote, next: end.next, breaks: breaks + end.breaks };
}

export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input)): CsvResult {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const read = readRecord(text, i, separator);
    if (!read.ok) errors.push({ line: line + read.at, error: read.error });
    else if (!read.blank) records.push({ line, cells: read.cells });
    i = read.next;
    line += read.breaks;
  }
  return { records, errors };
}
