import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

// Request bodies are limited by our own server (scripts/serve.ts, lib/http/body-limit.ts) before
// Next reads them: 1 MB for every page and route, 20 MB for the import, and a declared length always.

const MB = 1024 * 1024;

type Body = { declared: number; sent?: number } | { chunked: number };

/**
 * Posts to `path` on the server under test and answers the status. `declared`: the Content-Length
 * sent, `sent`: the bytes then written (none: the headers alone, which is all the limit reads; a
 * server that answers and closes while a large body is still being written would make the test
 * race with the connection's reset). `chunked`: that many bytes without a Content-Length.
 */
function post(baseURL: string, path: string, body: Body): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "Content-Type": "text/plain;charset=UTF-8" };
    if ("declared" in body) headers["Content-Length"] = body.declared;
    const req = httpRequest(new URL(path, baseURL), { method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    const size = "chunked" in body ? body.chunked : (body.sent ?? 0);
    if (size === 0) req.flushHeaders();
    else req.write(Buffer.alloc(size, "x"));
    if ("chunked" in body || size === body.declared) req.end();
  });
}

test("a body over 1 MB to a page or route is refused with 413, on its declared length", async ({ baseURL }) => {
  expect(await post(baseURL!, "/login", { declared: MB + 1 })).toBe(413);
  expect(await post(baseURL!, "/oversikt", { declared: 2 * MB })).toBe(413);
  expect(await post(baseURL!, "/api/v1/stats/2025", { declared: 2 * MB })).toBe(413);
});

test("a body of 1 MB reaches the app", async ({ baseURL }) => {
  expect([411, 413]).not.toContain(await post(baseURL!, "/login", { declared: MB, sent: MB }));
});

test("the import takes more than 1 MB, up to 20 MB", async ({ baseURL }) => {
  // Not signed in, so the app itself answers with the login page further on: what matters is that
  // the request got past the limit to it.
  expect([411, 413]).not.toContain(await post(baseURL!, "/admin/import", { declared: 5 * MB, sent: 5 * MB }));
  expect(await post(baseURL!, "/admin/import", { declared: 21 * MB })).toBe(413);
});

test("a chunked body without a declared length is refused with 411", async ({ baseURL }) => {
  expect(await post(baseURL!, "/login", { chunked: 1024 })).toBe(411);
  expect(await post(baseURL!, "/admin/import", { chunked: 1024 })).toBe(411);
});
