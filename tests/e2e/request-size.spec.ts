import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

// Request bodies are limited by our own server (scripts/serve.ts, lib/http/body-limit.ts) before
// Next reads them: 1 MB for every page and route, 20 MB for the import, and a declared length always.

const MB = 1024 * 1024;

/**
 * Posts `size` bytes to `path` on the server under test, with a Content-Length or chunked without
 * one, and answers the status. The server may answer and close before the body is sent: a write
 * error after the answer is expected, and ignored.
 */
function post(baseURL: string, path: string, size: number, chunked = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    const headers: Record<string, string | number> = { "Content-Type": "text/plain;charset=UTF-8" };
    if (!chunked) headers["Content-Length"] = size;
    const req = httpRequest(url, { method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, "x");
    for (let sent = 0; sent < size; sent += chunk.length) req.write(chunk.subarray(0, Math.min(chunk.length, size - sent)));
    req.end();
  });
}

test("a body over 1 MB to a page is refused with 413", async ({ baseURL }) => {
  expect(await post(baseURL!, "/login", MB + 1)).toBe(413);
  expect(await post(baseURL!, "/api/v1/stats/2025", 2 * MB)).toBe(413);
});

test("a body of up to 1 MB reaches the app", async ({ baseURL }) => {
  expect([411, 413]).not.toContain(await post(baseURL!, "/login", MB));
});

test("the import takes more than 1 MB", async ({ baseURL }) => {
  // Not signed in, so the app itself refuses it further on: what matters is that it got that far.
  expect([411, 413]).not.toContain(await post(baseURL!, "/admin/import", 5 * MB));
  expect(await post(baseURL!, "/admin/import", 21 * MB)).toBe(413);
});

test("a chunked body without a declared length is refused with 411", async ({ baseURL }) => {
  expect(await post(baseURL!, "/login", 1024, true)).toBe(411);
  expect(await post(baseURL!, "/admin/import", 1024, true)).toBe(411);
});
