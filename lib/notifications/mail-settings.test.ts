import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { mailSettings } from "./mail-settings";

const base = { DATABASE_URL: "postgresql://localhost/x" };
const smtp = {
  ...base,
  SMTP_HOST: "smtp.example.se",
  MAIL_FROM: "Öppna drogscener <noreply@example.se>",
  APP_URL: "https://ods.example.se",
};

describe("mailSettings", () => {
  it("is null without SMTP_HOST, an empty one included: e-mail is off", () => {
    expect(mailSettings(parseEnv(base))).toBeNull();
    expect(mailSettings(parseEnv({ ...base, SMTP_HOST: " " }))).toBeNull();
  });

  it("requires STARTTLS on port 587 by default, so that it cannot be stripped", () => {
    expect(mailSettings(parseEnv(smtp))?.transport).toMatchObject({ port: 587, secure: false, requireTLS: true, ignoreTLS: false });
  });

  it("implicit TLS on 465, or none for a local relay; a login when given", () => {
    expect(mailSettings(parseEnv({ ...smtp, SMTP_TLS: "implicit" }))?.transport).toMatchObject({ port: 465, secure: true });
    const relay = mailSettings(parseEnv({ ...smtp, SMTP_TLS: "off", SMTP_PORT: "25", SMTP_USER: "ods", SMTP_PASSWORD: " hemligt " }));
    expect(relay?.transport).toMatchObject({
      port: 25,
      secure: false,
      requireTLS: false,
      ignoreTLS: true,
      auth: { user: "ods", pass: " hemligt " },
    });
  });

  it("links to APP_URL, else to AUTH_URL's origin", () => {
    expect(mailSettings(parseEnv(smtp))?.appUrl).toBe("https://ods.example.se");
    const viaAuthUrl = { ...smtp, APP_URL: "", AUTH_URL: "https://ods.example.se/api/auth" };
    expect(mailSettings(parseEnv(viaAuthUrl))?.appUrl).toBe("https://ods.example.se");
  });

  it("the environment names what is missing", () => {
    expect(() => parseEnv({ ...base, SMTP_HOST: "smtp.example.se" })).toThrow(/MAIL_FROM: krävs[\s\S]*APP_URL: krävs/);
    expect(() => parseEnv({ ...smtp, SMTP_USER: "ods" })).toThrow(/SMTP_PASSWORD/);
    expect(() => parseEnv({ ...smtp, SMTP_PORT: "smtp" })).toThrow(/SMTP_PORT/);
    expect(() => parseEnv({ ...smtp, SMTP_TLS: "yes" })).toThrow(/SMTP_TLS/);
    expect(() => parseEnv({ ...base, NOTIFY_REMINDER_DAYS: "0" })).toThrow(/NOTIFY_REMINDER_DAYS/);
    expect(parseEnv(base).NOTIFY_REMINDER_DAYS).toBe(7);
  });
});
