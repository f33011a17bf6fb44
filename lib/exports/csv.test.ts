import { describe, expect, it } from "vitest";
import { formatCsvCell, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a byte order mark, separates with ; and ends every line with CRLF", () => {
    const csv = toCsv(
      ["ref", "name"],
      [
        ["S-0001", "Torget"],
        ["S-0002", "Parken"],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe("ref;name\r\nS-0001;Torget\r\nS-0002;Parken\r\n");
  });

  it("writes an empty table as its header alone", () => {
    expect(toCsv(["a", "b"], [])).toBe("\uFEFFa;b\r\n");
  });

  it("keeps å, ä and ö as UTF-8", () => {
    const bytes = Buffer.from(toCsv(["namn"], [["Järva, Rinkeby torg"]]), "utf8");
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString("utf8")).toContain("Järva, Rinkeby torg");
  });
});

describe("formatCsvCell (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["a;b", '"a;b"'],
    ['sa "hej"', '"sa ""hej"""'],
    ["rad 1\nrad 2", '"rad 1\nrad 2"'],
    ["rad 1\r\nrad 2", '"rad 1\r\nrad 2"'],
    ["a, b", "a, b"],
  ])("%j → %j", (value, expected) => {
    expect(formatCsvCell(value)).toBe(expected);
  });

  it("writes empty, booleans and numbers with a decimal comma", () => {
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(true)).toBe("true");
    expect(formatCsvCell(false)).toBe("false");
    expect(formatCsvCell(59.3227)).toBe("59,3227");
    expect(formatCsvCell(1234)).toBe("1234");
    expect(formatCsvCell(Number.NaN)).toBe("");
  });

  it("defuses text that Excel would run as a formula", () => {
    expect(formatCsvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(formatCsvCell("+46 8 123")).toBe("'+46 8 123");
    expect(formatCsvCell("-1")).toBe("'-1");
    expect(formatCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(formatCsvCell(-1)).toBe("-1");
  });
});
