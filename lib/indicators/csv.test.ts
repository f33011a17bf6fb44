import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads records with the line each starts on, skipping blank lines", () => {
    expect(parseCsv("a,b\n1,2\n\n3,4\n", ",")).toEqual({
      errors: [],
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["1", "2"] },
        { line: 4, cells: ["3", "4"] },
      ],
    });
  });

  it("takes CRLF, CR and a missing final line break, and drops a byte order mark", () => {
    expect(parseCsv("\uFEFFa;b\r\n1;2\r3;4", ";")).toEqual({
      errors: [],
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["1", "2"] },
        { line: 3, cells: ["3", "4"] },
      ],
    });
  });

  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    const result = parseCsv('ref,value,source\nS-0001,"0,42","Polisens ""trygghetsmätning""\nrad två"\nS-0002,"",x\n', ",");
    expect(result).toEqual({
      errors: [],
      records: [
        { line: 1, cells: ["ref", "value", "source"] },
        { line: 2, cells: ["S-0001", "0,42", 'Polisens "trygghetsmätning"\nrad två'] },
        { line: 4, cells: ["S-0002", "", "x"] },
      ],
    });
  });

  it("keeps empty fields, also at the end of a line", () => {
    expect(parseCsv("a,,c,\n", ",")).toEqual({ records: [{ line: 1, cells: ["a", "", "c", ""] }], errors: [] });
  });

  it("keeps a quote inside an unquoted field", () => {
    expect(parseCsv('5" skärm,b', ",")).toEqual({ records: [{ line: 1, cells: ['5" skärm', "b"] }], errors: [] });
  });

  it("refuses a quote that never ends, and text after a closing quote, naming the line", () => {
    expect(parseCsv('a,b\n1,"två\n3,4\n', ",")).toEqual({
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 3, cells: ["3", "4"] },
      ],
      errors: [{ line: 2, error: "unterminatedQuote" }],
    });
    expect(parseCsv('a,b\n1,2\n"x"y,3', ",")).toEqual({
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["1", "2"] },
      ],
      errors: [{ line: 3, error: "textAfterQuote" }],
    });
  });

  it("goes on after a broken record, with the line after the error", () => {
    const text = 'a,b\r\n"x\r\ny"z,1\r\n3,4\r\n5,"six\r\n7,8';
    expect(parseCsv(text, ",")).toEqual({
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 4, cells: ["3", "4"] },
        { line: 6, cells: ["7", "8"] },
      ],
      errors: [
        { line: 3, error: "textAfterQuote" },
        { line: 5, error: "unterminatedQuote" },
      ],
    });
  });

  it("reads an empty text as no records", () => {
    expect(parseCsv("", ",")).toEqual({ records: [], errors: [] });
    expect(parseCsv("\n\n", ",")).toEqual({ records: [], errors: [] });
  });
});

describe("detectSeparator", () => {
  it("chooses ; when the header has one, else ,", () => {
    expect(detectSeparator("\uFEFFref;year;indicator\n1,2,3")).toBe(";");
    expect(detectSeparator("ref,year,indicator\n1;2;3")).toBe(",");
    expect(detectSeparator("")).toBe(",");
  });
});
