// The database restarting, failing over or out of connections: not a bug in the request but a
// moment to wait for. Recognised here so that a user gets a Swedish "try again" (a form keeps
// what they typed, an API client gets 503 with Retry-After) instead of a bare 500; nothing was
// written, since every change is one transaction.

/** The driver adapter's kinds of error that mean the server cannot be reached or used now. */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Prisma's own codes: server unreachable, connection closed, pool timeout. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1017", "P2024"]);
/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutting down, crash, starting up). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;
/** What node-postgres says when the server goes away under a query. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|the database system is (starting up|shutting down|in recovery mode)/i;

type Inspectable = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } };
};

function isUnavailableHere(error: Inspectable): boolean {
  const adapter = error.meta?.driverAdapterError?.cause;
  if (adapter?.kind && UNAVAILABLE_KINDS.has(adapter.kind)) return true;
  if (adapter?.kind === "postgres" && UNAVAILABLE_SQLSTATE.test(adapter.code ?? adapter.originalCode ?? "")) return true;
  if (typeof error.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(error.code) || UNAVAILABLE_SQLSTATE.test(error.code))) return true;
  return typeof error.message === "string" && UNAVAILABLE_MESSAGE.test(error.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    if (isUnavailableHere(current as Inspectable)) return true;
    current = (current as Inspectable).cause;
  }
  return false;
}
