import { expect } from "vitest";

// Reading back what the app's CSV exports write (lib/exports): RFC 4180 with `;`, quoted cells
// holding the separator, quotes and line breaks, CRLF between rows, and a UTF-8 BOM for Excel.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ";") {
      endField();
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

/** A CSV response's header and rows (by column name), after checking the BOM Excel needs. */
export async function readCsv(response: Response): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1));
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}
