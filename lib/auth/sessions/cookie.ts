import "server-only";
import { getToken } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import type { SessionClaims } from "./resolve";

// The session cookie read from a raw request, for the hot reads answered before Next
// (lib/hot-reads): the same cookie next-auth sets at sign-in (lib/auth/config.ts), decrypted with
// the same secret by next-auth's own reader.

/** next-auth's cookie over HTTPS (the `__Secure-` prefix), then over plain HTTP. */
const SECURE = [true, false];

/** The claims of the request's session cookie, or null: none, unreadable, expired or forged. */
export async function readSessionCookie(cookieHeader: string | undefined): Promise<SessionClaims | null> {
  const secret = getEnv().AUTH_SECRET;
  if (!cookieHeader || !secret) return null;
  // Only the cookie: next-auth's reader would also take a bearer token for one.
  const req = { headers: { cookie: cookieHeader } };
  for (const secureCookie of SECURE) {
    try {
      const token = await getToken({ req, secret, secureCookie });
      if (token) return { sessionId: token.sid, userId: token.sub, sessionVersion: token.sessionVersion };
    } catch {
      // A cookie this secret did not encrypt: no session.
    }
  }
  return null;
}
