// The client's address as this server sees it. Next.js fills X-Forwarded-For only when the client
// sent none, so the header cannot be trusted as it arrives: scripts/serve.ts decides the address
// from the socket (and from X-Forwarded-For only when the socket is a declared proxy) and passes it
// on in a header of its own, overwriting whatever the client sent under that name.

export const CLIENT_ADDRESS_HEADER = "x-ods-client-address";

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is "10.0.0.1". */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/** Whether the socket's peer is one of the declared reverse proxies. */
export function isTrustedPeer(socketAddress: string | undefined, trustedProxies: readonly string[]): boolean {
  const peer = normalize(socketAddress ?? "");
  return peer !== "" && trustedProxies.some((proxy) => normalize(proxy) === peer);
}

/**
 * The client: the socket's peer, unless that peer is a trusted proxy; then the nearest address in
 * X-Forwarded-For (read from the right, as each proxy appends) that is not a trusted proxy itself.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: readonly string[],
): string {
  const peer = normalize(socketAddress ?? "") || "unknown";
  const trusted = new Set(trustedProxies.map(normalize));
  if (!trusted.has(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalize).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? peer;
}

/** What a request handler reads: the address decided by the server, or "unknown" without it. */
export function readClientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
