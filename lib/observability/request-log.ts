import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { isTrustedPeer } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER, resolveRequestId, type RequestContext } from "./request-context";
import type { RouteMatcher } from "./route-pattern";

export type RequestLogEntry = {
  requestId: string;
  /** The user's id only: never an e-mail address or a name. */
  userId: string | null;
  route: string;
  method: string;
  status: number;
  durationMs: number;
  /** The client went away before the response was complete. */
  aborted: boolean;
};

export type RequestObserver = (entry: RequestLogEntry) => void;

type Options = { logger: Logger; routeOf: RouteMatcher; trustedProxies: readonly string[]; onFinished?: RequestObserver };

/**
 * Gives the request its id (to Next as a request header, to the client as a response header) and
 * writes one line when the response has ended, however it ended. Run the handler in the returned
 * context (runWithRequestContext) so that the session code can note the user.
 */
export function observeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  { logger, routeOf, trustedProxies, onFinished }: Options,
): RequestContext {
  const started = process.hrtime.bigint();
  const requestId = resolveRequestId(req.headers[REQUEST_ID_HEADER], isTrustedPeer(req.socket.remoteAddress, trustedProxies));
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  const context: RequestContext = { requestId, userId: null };
  res.once("close", () => {
    const entry: RequestLogEntry = {
      requestId,
      userId: context.userId,
      route: routeOf(new URL(req.url ?? "/", "http://localhost").pathname),
      method: req.method ?? "GET",
      status: res.statusCode,
      durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      aborted: !res.writableFinished,
    };
    logRequest(logger, entry);
    onFinished?.(entry);
  });
  return context;
}

export function logRequest(logger: Logger, entry: RequestLogEntry): void {
  logger.info(entry, "request");
}
