import { describe, expect, it } from "vitest";
import { checkRequestBody, DEFAULT_BODY_LIMIT, IMPORT_BODY_LIMIT } from "./body-limit";

describe("checkRequestBody", () => {
  it("lets the import take 20 MB and every other path 1 MB", () => {
    const length = (n: number) => ({ "content-length": String(n) });
    expect(checkRequestBody("POST", "/admin/import", length(IMPORT_BODY_LIMIT))).toBe(200);
    expect(checkRequestBody("POST", "/admin/import", length(IMPORT_BODY_LIMIT + 1))).toBe(413);
    expect(checkRequestBody("POST", "/platser/ny", length(DEFAULT_BODY_LIMIT))).toBe(200);
    expect(checkRequestBody("POST", "/platser/ny", length(DEFAULT_BODY_LIMIT + 1))).toBe(413);
    expect(checkRequestBody("POST", "/admin/import/../anvandare", length(2 * DEFAULT_BODY_LIMIT))).toBe(413);
  });
  it("refuses a body of undeclared length, and reads no body of a GET", () => {
    expect(checkRequestBody("POST", "/login", { "transfer-encoding": "chunked" })).toBe(411);
    expect(checkRequestBody("GET", "/oversikt", {})).toBe(200);
  });
});
