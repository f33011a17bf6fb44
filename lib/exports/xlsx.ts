import "server-only";
import ExcelJS from "exceljs";
import { messages } from "@/lib/i18n";
import type { ExportTable } from "./types";

// The same table as the CSV, as an Excel workbook: numbers and booleans as Excel's own types (no
// locale to guess), a frozen header row with filters, and a second sheet naming every column.
// Strings are written as strings, so free text never becomes a formula (see 0006-xlsx-library).

const t = messages.exports;

const MAX_COLUMN_WIDTH = 60;

/**
 * The workbook's other sheets: the one naming every column (the scenes' questions, "Frågor", unless
 * told), and lines to read before the figures, on a sheet of their own.
 */
export type XlsxSheets = {
  columns?: { name: string; column: string; description: string };
  about?: { name: string; lines: string[] };
};

/** `note`: a line that must travel with the data (a year in progress is preliminary), on a sheet of its own. */
export async function toXlsx(
  table: ExportTable,
  sheetName: string,
  note: string | null = null,
  sheets: XlsxSheets = {},
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = messages.app.name;
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.key,
    key: c.key,
    width: Math.min(MAX_COLUMN_WIDTH, Math.max(10, c.key.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(table.rows);
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  const named = sheets.columns ?? { name: t.questionsSheet, column: t.column, description: t.question };
  const questions = workbook.addWorksheet(named.name);
  questions.columns = [
    { header: named.column, key: "key", width: 30 },
    { header: named.description, key: "description", width: 80 },
  ];
  questions.getRow(1).font = { bold: true };
  questions.addRows(table.columns.map((c) => ({ key: c.key, description: c.description })));

  if (sheets.about) {
    const about = workbook.addWorksheet(sheets.about.name);
    about.getColumn(1).width = 110;
    for (const line of sheets.about.lines) about.addRow([line]);
  }

  if (note) {
    const status = workbook.addWorksheet(t.statusSheet);
    status.getColumn(1).width = 90;
    status.addRow([note]).font = { bold: true };
    status.addRow([messages.dashboard.preliminaryText]);
  }

  const buffer = await workbook.xlsx.writeBuffer();
  // exceljs types its result as its own Buffer type; in Node it is a Buffer (a Uint8Array view that
  // may share a larger pool): copy exactly its bytes out.
  return Uint8Array.from(buffer as unknown as Uint8Array).buffer;
}
