import { once } from "node:events";
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGracefulShutdown } from "./graceful-shutdown";

const silent = { info: () => undefined, error: () => undefined };

let server: Server;
let sockets: Socket[] = [];

afterEach(() => {
  sockets.forEach((socket) => socket.destroy());
  sockets = [];
  server.closeAllConnections();
  server.close();
});

/** A server whose /slow requests wait for `release`; `slowStarted` resolves when one has arrived. */
async function startServer(graceMs: number) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let slowStarted!: () => void;
  const started = new Promise<void>((resolve) => (slowStarted = resolve));
  let closedDatabase = false;
  server = createServer((req, res) => {
    shutdown.track(res);
    if (req.url !== "/slow") return res.end("fast");
    slowStarted();
    void released.then(() => res.end("done"));
  });
  const shutdown = createGracefulShutdown(server, {
    graceMs,
    beforeExit: () => Promise.resolve(void (closedDatabase = true)),
    logger: silent,
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  return { port, shutdown, release, started, closedDatabase: () => closedDatabase };
}

/** A keep-alive HTTP/1.1 connection and everything it has received. */
async function open(port: number) {
  const socket = connect(port, "127.0.0.1");
  sockets.push(socket);
  await once(socket, "connect");
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
  const closed = once(socket, "close");
  const send = (path: string) => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
  const receive = async (text: string) => {
    while (!received.includes(text)) await once(socket, "data");
    return received;
  };
  return { send, receive, closed };
}

describe("graceful shutdown", () => {
  it("closes idle connections, refuses new ones, lets the request in flight finish, then closes the database", async () => {
    const { port, shutdown, release, started, closedDatabase } = await startServer(60_000);
    const idle = await open(port);
    idle.send("/fast");
    await idle.receive("fast");
    const busy = await open(port);
    busy.send("/slow");
    await started;

    const exitCode = shutdown.shutdown("SIGTERM");
    await idle.closed;
    const refused = connect(port, "127.0.0.1");
    const [error] = (await once(refused, "error")) as [NodeJS.ErrnoException];
    expect(error.code).toBe("ECONNREFUSED");
    expect(closedDatabase()).toBe(false);

    release();
    const response = await busy.receive("done");
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toMatch(/\r\nConnection: close\r\n/i);
    await busy.closed;
    expect(await exitCode).toBe(0);
    expect(closedDatabase()).toBe(true);
  });

  it("exits 1 when a request is still in flight after the grace period, without waiting for it", async () => {
    const { port, shutdown, started, closedDatabase } = await startServer(50);
    const busy = await open(port);
    busy.send("/slow");
    await started;
    expect(await shutdown.shutdown("SIGTERM")).toBe(1);
    await busy.closed;
    expect(closedDatabase()).toBe(false);
  });

  it("exits 1 at a second signal, and the first one's wait ends with it", async () => {
    const { port, shutdown, started } = await startServer(60_000);
    const busy = await open(port);
    busy.send("/slow");
    await started;
    const first = shutdown.shutdown("SIGTERM");
    expect(await shutdown.shutdown("SIGINT")).toBe(1);
    expect(await first).toBe(1);
  });
});
