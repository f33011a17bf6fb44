import type { NextAuthConfig } from "next-auth";
import { getEnv } from "@/lib/env";
import type { Role } from "./permissions";

// The part of the next-auth configuration that needs no database, shared by the proxy (which only
// tells signed-in visitors from anonymous ones) and by lib/auth/auth.ts (which signs in).

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
    /** The server-side session (prisma Session) opened at this sign-in. */
    sessionId?: string;
  }
  interface Session {
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sessionVersion?: number;
    sid?: string;
  }
}

/**
 * The cookie lives as long as the longest session may (AUTH_SESSION_MAX_AGE_MINUTES); the server's
 * Session row decides whether it still counts: ended, idle or past its absolute end.
 */
export function createAuthConfig() {
  return {
    pages: { signIn: "/login", error: "/login" },
    session: { strategy: "jwt", maxAge: getEnv().AUTH_SESSION_MAX_AGE_MINUTES * 60 },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionVersion = token.sessionVersion;
        session.sessionId = token.sid;
        return session;
      },
    },
  } satisfies NextAuthConfig;
}
