import { describe, expect, it } from "vitest";
import { readClientAddress, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("takes the socket's peer and ignores X-Forwarded-For when no proxy is declared", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", [])).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", ["1.2.3.4, 5.6.7.8"], [])).toBe("203.0.113.9");
  });
  it("reads X-Forwarded-For from the right when the peer is a declared proxy", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", ["10.0.0.2"])).toBe("198.51.100.7");
    // A client-supplied first entry is never believed: the proxy appended the real one.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", ["10.0.0.2"])).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7, 10.0.0.3", ["10.0.0.2", "10.0.0.3"])).toBe("198.51.100.7");
  });
  it("falls back to the peer when a declared proxy forwards nothing", () => {
    expect(resolveClientAddress("10.0.0.2", undefined, ["10.0.0.2"])).toBe("10.0.0.2");
    expect(resolveClientAddress(undefined, undefined, [])).toBe("unknown");
  });
});

describe("readClientAddress", () => {
  it("reads the server's header only", () => {
    expect(readClientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
    expect(readClientAddress(new Headers({ "x-ods-client-address": "10.1.1.1" }))).toBe("10.1.1.1");
  });
});
