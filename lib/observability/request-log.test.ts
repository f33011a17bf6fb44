import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { noteRequestUser, REQUEST_ID_HEADER, runWithRequestContext } from "./request-context";
import { observeRequest, type RequestLogEntry } from "./request-log";
import { createRouteMatcher, UNMATCHED_ROUTE } from "./route-pattern";

const manifest = {
  staticRoutes: [{ page: "/oversikt", regex: "^/oversikt(?:/)?$" }],
  dynamicRoutes: [{ page: "/scener/[id]", regex: "^/scener/([^/]+?)(?:/)?$" }],
};

let server: Server | undefined;

afterEach(async () => {
  server?.close();
  if (server) await once(server, "close");
  server = undefined;
});

/** A server that observes every request as scripts/serve.ts does, logging into `lines`. */
async function startObservedServer(trustedProxies: string[] = []) {
  const lines: string[] = [];
  const finished: RequestLogEntry[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger("info", destination);
  server = createServer((req, res) => {
    const context = observeRequest(req, res, {
      logger,
      routeOf: createRouteMatcher(manifest),
      trustedProxies,
      onFinished: (e) => finished.push(e),
    });
    void runWithRequestContext(context, async () => {
      // What the session code does inside Next, after awaiting the database, once it knows who is asking.
      await new Promise((resolve) => setImmediate(resolve));
      noteRequestUser("user-123");
      res.end("ok");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const waitForLine = async () => {
    while (finished.length === 0) await new Promise((resolve) => setImmediate(resolve));
    return lines;
  };
  return { url, waitForLine };
}

describe("the per-request log line", () => {
  it("is one JSON line with the request id, the user's id and the route's pattern, and no e-mail address or secret", async () => {
    const { url, waitForLine } = await startObservedServer();
    const response = await fetch(`${url}/scener/ckabc123?email=anna.andersson%40polisen.se`, {
      headers: { cookie: "authjs.session-token=secret", authorization: "Bearer ods_secret", "x-request-id": "spoofed-by-client-1" },
    });
    const requestId = response.headers.get(REQUEST_ID_HEADER);
    const [line, ...rest] = await waitForLine();
    expect(rest).toEqual([]);
    const entry = JSON.parse(line!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      app: "oppna-drogscener",
      msg: "request",
      requestId,
      userId: "user-123",
      route: "/scener/[id]",
      method: "GET",
      status: 200,
      aborted: false,
    });
    expect(entry.durationMs).toEqual(expect.any(Number));
    // A client is not a trusted proxy: its id is replaced by one of ours.
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(line).not.toContain("@");
    expect(line).not.toContain("secret");
    expect(line).not.toContain("ckabc123");
  });

  it("keeps a well-formed id from a trusted proxy", async () => {
    const { url, waitForLine } = await startObservedServer(["127.0.0.1"]);
    const response = await fetch(`${url}/nowhere`, { headers: { "x-request-id": "proxy-id-0001" } });
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe("proxy-id-0001");
    const entry = JSON.parse((await waitForLine())[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ requestId: "proxy-id-0001", route: UNMATCHED_ROUTE });
  });
});

describe("the logger", () => {
  it("redacts passwords, cookies and authorization headers", () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    logger.info({ password: "hunter2", req: { headers: { cookie: "c=1", authorization: "Bearer x" } }, form: { password: "p" } }, "event");
    const entry = JSON.parse(lines[0]!) as { password: string; req: { headers: Record<string, string> }; form: { password: string } };
    expect(entry.password).toBe("[redacted]");
    expect(entry.form.password).toBe("[redacted]");
    expect(entry.req.headers).toEqual({ cookie: "[redacted]", authorization: "[redacted]" });
  });
});
