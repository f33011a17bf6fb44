import { createServer } from "node:http";
import next from "next";
import { checkRequestBody } from "@/lib/http/body-limit";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { getEnv } from "@/lib/env";

// Usage: tsx scripts/serve.ts [-p <port>]  (the built app; `npm start` runs it on the database)
// `next start` with two things Next cannot do itself: the client's address decided from the
// socket (lib/http/client-address.ts), and request bodies limited per path before they are read
// (lib/http/body-limit.ts).

function readPort(argv: string[]): number {
  const flag = argv.indexOf("-p");
  const value = flag === -1 ? process.env.PORT : argv[flag + 1];
  const port = Number(value ?? 3000);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`invalid port ${value}; usage: serve [-p <port>]`);
  return port;
}

async function main(): Promise<void> {
  const port = readPort(process.argv.slice(2));
  // As `next start` does: the page cache asks this server for a page on this port (lib/page-cache).
  process.env.PORT = String(port);
  // As `next start` does: the built app runs in production mode.
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const { AUTH_TRUSTED_PROXIES } = getEnv();
  const app = next({ dev: false, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const status = checkRequestBody(req.method ?? "GET", pathname, req.headers);
    if (status !== 200) {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      res.end(status === 413 ? "Förfrågan är för stor.\n" : "Förfrågans längd måste anges.\n");
      return;
    }
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      AUTH_TRUSTED_PROXIES,
    );
    void handle(req, res);
  });
  // Every interface, as `next start` listens.
  server.listen(port, () => console.log(`ready on http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop).once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
