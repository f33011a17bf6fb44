// The page a request asked for, set by proxy.ts on every request (overwriting any sent by the
// client): a page that sends the person to sign in, or to a gate, can bring them back to it.

export const REQUEST_PATH_HEADER = "x-ods-path";

/** `target` with the page to come back to, when there is one worth returning to. */
export function withCallbackUrl(target: string, requestPath: string | null): string {
  if (!requestPath || !requestPath.startsWith("/") || requestPath.startsWith("//") || requestPath === "/") return target;
  return `${target}?callbackUrl=${encodeURIComponent(requestPath)}`;
}
