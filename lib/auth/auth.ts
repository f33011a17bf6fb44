import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { readClientAddress } from "@/lib/http/client-address";
import { createAuthConfig } from "./config";
import type { Role } from "./permissions";
import { signInSchema } from "./schemas";
import { PASSWORD_METHOD } from "./sessions/state";
import { createSession, endSession } from "./sessions/store";
import { checkCredentials } from "./sign-in";

class Throttled extends CredentialsSignin {
  code = "throttled";
}

const config = createAuthConfig();

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...config,
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace in the log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
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
  providers: [
    Credentials({
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
    }),
  ],
});
