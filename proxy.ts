import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import type { Session } from "next-auth";
import { createAuthConfig } from "@/lib/auth/config";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { cachedPageRoute } from "@/lib/page-cache/routes";
import { generateNonce, requestContentSecurityPolicy } from "@/lib/security/csp";

// A convenience, never the access check: it sends anonymous visitors to the login page (401 for
// the API), sets the per-request CSP nonce and sends the dashboard to its page cache. Every page,
// action and route checks access itself.

// The accessibility statement is public by law; robots.txt must reach the crawlers it turns away.
// The health checks are for load balancers; the metrics check their own token.
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health", "/api/metrics", "/tillganglighet", "/robots.txt"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * A tool calling the versioned API with a personal access token has no session cookie: let it
 * through to the route, which authenticates the token itself (lib/auth/api-user.ts).
 */
function isBearerApiRequest(pathname: string, headers: Headers): boolean {
  return pathname.startsWith("/api/v1/") && /^Bearer\s/i.test(headers.get("authorization") ?? "");
}

type AuthMiddleware = (request: NextRequest, event: NextFetchEvent) => ReturnType<NextMiddleware>;
let middleware: AuthMiddleware | undefined;

// Built at the first request, when the environment is read (the session's lifetime), not while
// `next build` evaluates this file.
export function proxy(request: NextRequest, event: NextFetchEvent) {
  middleware ??= NextAuth(createAuthConfig()).auth(handle) as unknown as AuthMiddleware;
  return middleware(request, event);
}

const handle = (request: NextRequest & { auth: Session | null }) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && !isPublic(pathname) && !isBearerApiRequest(pathname, request.headers)) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "Du måste vara inloggad." }, { status: 401 });
    }
    const login = new URL("/login", request.nextUrl.origin);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = generateNonce();
  const csp = requestContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  headers.set("Content-Security-Policy", csp);
  // A page served from the page cache goes to the cache's route, which checks access itself.
  const cached = cachedPageRoute(request.method, request.nextUrl, request.headers);
  const response = cached
    ? NextResponse.rewrite(new URL(`${cached}${search}`, request.nextUrl.origin), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
};

export const config = {
  // Everything but Next's static files and public assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js|woff2?)$).*)"],
};
