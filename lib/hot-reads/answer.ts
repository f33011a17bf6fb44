import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { requestContentSecurityPolicy, generateNonce } from "@/lib/security/csp";
import { securityHeaders } from "@/lib/security/headers";

// A hot read's answer and how it is sent: with the headers Next gives every response (next.config.ts
// and the proxy's Content-Security-Policy with a nonce of its own), compressed as Next would.

const gzipAsync = promisify(gzip);
/** Below this, compressing costs more than it saves. */
const MIN_COMPRESSED_BYTES = 1024;

/** `gzip`: the body compressed already, for a client that takes it. */
export type HotAnswer = { status: number; headers: Record<string, string>; body: Buffer; gzip?: Buffer };

/** The headers of every answer: Next's security headers and a policy with `nonce`. */
export function baseHeaders(nonce = generateNonce()): Record<string, string> {
  const headers: Record<string, string> = { "content-security-policy": requestContentSecurityPolicy(nonce) };
  for (const { key, value } of securityHeaders(process.env.NODE_ENV === "production")) headers[key.toLowerCase()] = value;
  return headers;
}

/** A route's own Response as a hot answer, with the headers every answer carries. */
export async function fromResponse(response: Response): Promise<HotAnswer> {
  return {
    status: response.status,
    headers: { ...baseHeaders(), ...Object.fromEntries(response.headers) },
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

export type Encoded = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * The answer as sent: gzipped when the client takes it, as compressed already or compressed now on
 * the thread pool (the event loop goes on).
 */
export async function encodeAnswer(req: IncomingMessage, answer: HotAnswer): Promise<Encoded> {
  let body = answer.body;
  const vary = [answer.headers.vary, "Accept-Encoding"].filter(Boolean).join(", ");
  const headers: Record<string, string> = { ...answer.headers, vary };
  if (body.length >= MIN_COMPRESSED_BYTES && acceptsGzip(req)) {
    body = answer.gzip ?? (await gzipAsync(body));
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = String(body.length);
  return { status: answer.status, headers, body };
}

/** Sends an encoded answer: nothing of it can fail but the connection. */
export function sendAnswer(res: ServerResponse, { status, headers, body }: Encoded): void {
  res.writeHead(status, headers);
  res.end(body);
}
