import { describe, expect, it } from "vitest";
import { cachedPageRoute, RENDER_HEADER, RENDER_VALUE } from "@/lib/page-cache/routes";

const BROWSER = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const route = (path: string, headers: Record<string, string> = BROWSER, method = "GET") =>
  cachedPageRoute(method, new URL(path, "http://localhost"), new Headers(headers));

describe("which requests the page cache answers", () => {
  it("a browser's request for the dashboard, with or without its query", () => {
    expect(route("/oversikt")).toBe("/api/page-cache/oversikt");
    expect(route("/oversikt?ar=2025")).toBe("/api/page-cache/oversikt");
  });

  it("not other pages, nor the dashboard's address under another path", () => {
    expect(route("/platser")).toBeNull();
    expect(route("/oversikt/x")).toBeNull();
  });

  it("not the router's requests, server actions or the cache's own request", () => {
    expect(route("/oversikt", { ...BROWSER, rsc: "1" })).toBeNull();
    expect(route("/oversikt", { ...BROWSER, "next-router-prefetch": "1" })).toBeNull();
    expect(route("/oversikt", { ...BROWSER, "next-action": "abc" }, "POST")).toBeNull();
    expect(route("/oversikt", { ...BROWSER, [RENDER_HEADER]: RENDER_VALUE })).toBeNull();
    expect(route("/oversikt?_rsc=x1y2", BROWSER)).toBeNull();
  });

  it("not a request that does not ask for HTML: a server action following its redirect asks for the payload", () => {
    expect(route("/oversikt", { accept: "*/*" })).toBeNull();
    expect(route("/oversikt", {})).toBeNull();
  });
});
