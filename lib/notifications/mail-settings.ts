import type { Env } from "@/lib/env";

// How to reach the SMTP server, from the validated environment. Pure, so that the TLS choices are
// unit-tested; lib/notifications/mailer.ts hands the options to nodemailer.

export type MailSettings = {
  transport: {
    host: string;
    port: number;
    secure: boolean;
    requireTLS: boolean;
    ignoreTLS: boolean;
    auth?: { user: string; pass: string };
    connectionTimeout: number;
    greetingTimeout: number;
    socketTimeout: number;
  };
  from: string;
  /** The app's public origin, for the links in the e-mails. */
  appUrl: string;
};

/** A slow or silent server must not hold a sender for minutes (nodemailer waits 2 by default). */
const TIMEOUT_MS = 10_000;

/** null: e-mail is not configured (no SMTP_HOST); the e-mails wait in the outbox. */
export function mailSettings(env: Env): MailSettings | null {
  const { SMTP_HOST: host, SMTP_TLS: tls, SMTP_USER: user, SMTP_PASSWORD: pass, MAIL_FROM: from } = env;
  const appUrl = env.APP_URL ?? (env.AUTH_URL ? new URL(env.AUTH_URL).origin : undefined);
  // lib/env.ts refuses SMTP_HOST without a sender or an address to link to.
  if (!host || !from || !appUrl) return null;
  return {
    transport: {
      host,
      port: env.SMTP_PORT ?? (tls === "implicit" ? 465 : 587),
      secure: tls === "implicit",
      // STARTTLS is required unless turned off: a server that does not offer it is refused, so a
      // man in the middle cannot strip it.
      requireTLS: tls === "starttls",
      ignoreTLS: tls === "off",
      ...(user && pass ? { auth: { user, pass } } : {}),
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    },
    from,
    appUrl,
  };
}
