// Paths to come back to after signing in. The page a request asked for is set by proxy.ts on
// every request (overwriting any sent by the client), so that a page that sends the person to sign
// in, or to a gate, can bring them back to it; and wherever a callbackUrl comes back, only a path
// on this site is followed: an open redirect would let a phishing link borrow our sign-in.

export const REQUEST_PATH_HEADER = "x-ods-path";

/** A path on this site: not another origin (`//host`, `/\host`), not an absolute URL. */
function isLocalPath(path: string | null | undefined): path is string {
  return !!path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
}

/** `target` with the page to come back to, when there is one worth returning to. */
export function withCallbackUrl(target: string, requestPath: string | null): string {
  if (!isLocalPath(requestPath) || requestPath === "/") return target;
  return `${target}?callbackUrl=${encodeURIComponent(requestPath)}`;
}

/** Where to go after signing in: the callbackUrl when it is a path on this site, else Översikt. */
export function safeCallbackUrl(url: string | undefined): string {
  return isLocalPath(url) ? url : "/oversikt";
}
