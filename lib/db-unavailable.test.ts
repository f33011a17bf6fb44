import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db-unavailable";

// The shapes seen from Prisma 7 with the pg driver adapter when the server is down or restarting.
const adapterError = (cause: object, code = "P2010") =>
  Object.assign(new Error("Raw query failed"), { code, meta: { driverAdapterError: { cause } } });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable server, a closed connection and a server shutting down or starting up", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 }, "P1001"))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "57P01", message: "terminating connection" }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "57P03", message: "the database system is starting up" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error("outer", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("leaves every other error alone: a constraint, a bug, a redirect", () => {
    expect(isDatabaseUnavailable(adapterError({ kind: "UniqueConstraintViolation" }, "P2002"))).toBe(false);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "23505", message: "duplicate key" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;303;" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
