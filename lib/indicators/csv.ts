// A small RFC 4180 reader for the indicator import (no CSV parser is a dependency of the app).
// Quoted fields may hold the separator, line breaks and doubled quotes; lines end in CRLF, LF or
// CR. Each record keeps the line it starts on, so that errors name the line a user sees in an
// editor. Blank lines are skipped. Pure.

export type CsvSeparator = "," | ";";
export type CsvRecord = { line: number; cells: string[] };
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: "unterminatedQuote" | "textAfterQuote" };

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

export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input)): CsvResult {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let closedQuote = false;

  const endRecord = () => {
    cells.push(cell);
    const blank = cells.length === 1 && cell === "" && !closedQuote;
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    closedQuote = false;
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const lineBreak = lineBreakAt(text, i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        closedQuote = true;
        i += 1;
      } else {
        cell += text.slice(i, i + (lineBreak || 1));
        if (lineBreak) line += 1;
        i += lineBreak || 1;
      }
      continue;
    }
    if (lineBreak) {
      endRecord();
      line += 1;
      recordLine = line;
      i += lineBreak;
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
      closedQuote = false;
      i += 1;
    } else if (closedQuote) {
      return { ok: false, line, error: "textAfterQuote" };
    } else if (c === '"' && cell === "") {
      quoted = true;
      i += 1;
    } else {
      // A quote inside an unquoted field is kept as it is, as most spreadsheets write it.
      cell += c;
      i += 1;
    }
  }
  if (quoted) return { ok: false, line: recordLine, error: "unterminatedQuote" };
  if (cell !== "" || cells.length > 0 || closedQuote) endRecord();
  return { ok: true, records };
}
