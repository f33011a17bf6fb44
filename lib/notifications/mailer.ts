import "server-only";
import nodemailer from "nodemailer";
import type { RenderedEmail } from "./content";
import type { MailSettings } from "./mail-settings";

// The one place that talks SMTP. A mailer lives for one batch of e-mails and is closed after it.

export type Mailer = {
  send: (to: string, email: RenderedEmail) => Promise<void>;
  close: () => void;
};

export function createMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(settings.transport);
  return {
    async send(to, { subject, text }) {
      await transport.sendMail({
        from: settings.from,
        to,
        subject,
        text,
        // Tells out-of-office replies and mailing lists that a program sent this (RFC 3834).
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transport.close(),
  };
}

/** A failure's code for the outbox (ECONNREFUSED, EAUTH, …): never the message, which may quote an address. */
export function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  const responseCode =
    typeof error === "object" && error !== null && "responseCode" in error ? (error as { responseCode: unknown }).responseCode : undefined;
  const parts = [typeof code === "string" ? code : "ERROR", typeof responseCode === "number" ? String(responseCode) : null];
  return parts.filter(Boolean).join(" ");
}
