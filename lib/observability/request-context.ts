import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// What the per-request log line needs from inside Next (who made the request) travels in an
// AsyncLocalStorage that scripts/serve.ts runs Next's handler in. The store lives on globalThis:
// serve.ts and Next's bundles share the process but not their modules. A response header would
// risk handing user ids to clients.

export const REQUEST_ID_HEADER = "x-request-id";

/** A proxy's id is taken as it is only when it cannot smuggle anything into a log line. */
const WELL_FORMED_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** The incoming id when a trusted proxy sent one well-formed id, else a new one. */
export function resolveRequestId(incoming: string | string[] | undefined, fromTrustedProxy: boolean): string {
  return fromTrustedProxy && typeof incoming === "string" && WELL_FORMED_ID.test(incoming) ? incoming : randomUUID();
}

export type RequestContext = { requestId: string; userId: string | null };

const globalForContext = globalThis as unknown as { odsRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (globalForContext.odsRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `handle` (Next's request handler) with the request's context open. */
export function runWithRequestContext<T>(context: RequestContext, handle: () => T): T {
  return storage.run(context, handle);
}

/** Called where the session or token is resolved; outside a served request (a test, a command) it does nothing. */
export function noteRequestUser(userId: string): void {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
