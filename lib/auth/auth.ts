import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig, type User } from "next-auth";
import { headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { readClientAddress } from "@/lib/http/client-address";
import { getLogger } from "@/lib/observability/logger";
import { createAuthConfig } from "./config";
import { createOidcProviders, type OidcClaims } from "./oidc/providers";
import { matchOidcAccount } from "./oidc/match";
import type { Role } from "./permissions";
import { signInSchema } from "./schemas";
import { PASSWORD_METHOD } from "./sessions/state";
import { createSession, endSession } from "./sessions/store";
import { checkCredentials, recordFailedSignIn } from "./sign-in";

class Throttled extends CredentialsSignin {
  code = "throttled";
}

/** Where a refused provider sign-in lands: the login page, with the reason in Swedish. */
export const OIDC_REFUSAL_PARAM = "fel";

/**
 * A provider vouched for who the person is: let them in only as an account of ours, and open the
 * server-side session here, where the request's address is known. next-auth hands this same `user`
 * object on to the jwt callback (config.ts), which puts our ids in the cookie.
 */
async function admitOidcUser(user: User, provider: string, claims: OidcClaims): Promise<true | string> {
  const method = `oidc:${provider}`;
  const requestHeaders = await headers();
  const address = readClientAddress(requestHeaders);
  const match = await matchOidcAccount(provider, claims);
  if (!match.ok) {
    await recordFailedSignIn(claims.email ?? `${provider}:${claims.sub ?? "?"}`, method, address, match.reason);
    return `/login?${OIDC_REFUSAL_PARAM}=${match.reason === "disabled" ? "inaktiverat" : "okant-konto"}`;
  }
  const { id, email, name, role, sessionVersion } = match.user;
  const userAgent = requestHeaders.get("user-agent");
  const sessionId = await db.$transaction((tx) => createSession(tx, match.user, { method, address, userAgent }));
  Object.assign(user, { id, email, name, role: role as Role, sessionVersion, sessionId });
  return true;
}

/** Password sign-in, unless the installation turned it off (AUTH_PASSWORD_SIGN_IN=off). */
const passwordProvider = Credentials({
  credentials: { email: {}, password: {} },
  async authorize(credentials, request) {
    const parsed = signInSchema.safeParse(credentials);
    if (!parsed.success) return null;
    const address = readClientAddress(request.headers);
    const result = await checkCredentials(parsed.data.email, parsed.data.password, address);
    if (!result.ok) {
      if (result.reason === "throttled") throw new Throttled();
      return null;
    }
    const { id, email, name, role, sessionVersion } = result.user;
    const userAgent = request.headers.get("user-agent");
    const sessionId = await db.$transaction((tx) => createSession(tx, result.user, { method: PASSWORD_METHOD, address, userAgent }));
    return { id, email, name, role: role as Role, sessionVersion, sessionId };
  },
});

// Configured lazily, at the first request: the environment is read then, not while `next build`
// evaluates this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => createNextAuthConfig());

function createNextAuthConfig() {
  const config = createAuthConfig();
  return {
    ...config,
    logger: {
      // A wrong password is an expected answer, not a server error worth a stack trace in the log.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        getLogger().error({ err: error }, "next-auth error");
      },
    },
    callbacks: {
      ...config.callbacks,
      async signIn({ user, account, profile }) {
        if (account?.type !== "oidc") return true;
        return admitOidcUser(user, account.provider, (profile ?? {}) as OidcClaims);
      },
    },
    events: {
      // Whichever way the sign-out came (the menu's button, next-auth's own route), the session
      // ends on the server, so a copy of the cookie stops working too.
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (sid) await endSession(sid);
      },
    },
    providers: [...createOidcProviders(), ...(getEnv().AUTH_PASSWORD_SIGN_IN === "on" ? [passwordProvider] : [])],
  } satisfies NextAuthConfig;
}
