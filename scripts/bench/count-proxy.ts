import net from "node:net";

// A pass-through TCP proxy between the app server and PostgreSQL that counts the SQL statements the
// app sends: each Execute ('E', extended protocol) and each simple Query ('Q') message. Counting on
// the wire sees every statement of a request (session lookup included), whatever library sent it.

export type CountingProxy = {
  /** The database URL with the proxy's host and port. */
  url: string;
  statements: () => number;
  close: () => Promise<void>;
};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Reads the client's side of the protocol and counts statements; bytes pass through untouched. */
function createCounter(onStatement: () => void) {
  let pending: Buffer = Buffer.alloc(0);
  let startup = true;
  return (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (startup) {
        // The startup message (and an SSL or GSS request before it) has no type byte.
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        startup = code === SSL_REQUEST || code === GSSENC_REQUEST;
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1) + 1;
      if (pending.length < length) return;
      const type = String.fromCharCode(pending[0]!);
      if (type === "E" || type === "Q") onStatement();
      pending = pending.subarray(length);
    }
  };
}

/** On `port`, or a free one when null. */
export async function startCountingProxy(databaseUrl: string, port: number | null = null): Promise<CountingProxy> {
  const target = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const count = createCounter(() => statements++);
    for (const socket of [client, upstream]) {
      // Without it, Nagle's algorithm holds a query's small packets for the peer's delayed ACK
      // (~40 ms): the proxy would add that to every request it counts.
      socket.setNoDelay(true);
      sockets.add(socket);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on("error", () => socket.destroy());
    }
    client.on("data", (chunk: Buffer) => {
      count(chunk);
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on("drain", () => client.resume());
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port ?? 0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(address.port);
  return {
    url: url.toString(),
    statements: () => statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
