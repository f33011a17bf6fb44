import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://localhost/x" };

describe("parseEnv", () => {
  it("reads each identity provider from its own variables", () => {
    const env = parseEnv({
      ...base,
      AUTH_OIDC_PROVIDERS: "Polisen, solna",
      AUTH_OIDC_POLISEN_ISSUER: "https://login.example.se/polisen",
      AUTH_OIDC_POLISEN_CLIENT_ID: "ods",
      AUTH_OIDC_POLISEN_CLIENT_SECRET: "s1",
      AUTH_OIDC_POLISEN_NAME: "Polisen",
      AUTH_OIDC_SOLNA_ISSUER: "https://idp.solna.se/realms/anstallda",
      AUTH_OIDC_SOLNA_CLIENT_ID: "ods",
      AUTH_OIDC_SOLNA_CLIENT_SECRET: "s2",
      AUTH_OIDC_SOLNA_NAME: "Solna stad",
    });
    expect(env.oidcProviders.map((p) => [p.id, p.name, p.issuer])).toEqual([
      ["polisen", "Polisen", "https://login.example.se/polisen"],
      ["solna", "Solna stad", "https://idp.solna.se/realms/anstallda"],
    ]);
  });

  it("names the missing variable of a provider", () => {
    expect(() => parseEnv({ ...base, AUTH_OIDC_PROVIDERS: "solna", AUTH_OIDC_SOLNA_ISSUER: "https://idp.solna.se" })).toThrow(
      /AUTH_OIDC_SOLNA_CLIENT_ID: krävs/,
    );
  });

  it("refuses turning the password off with no provider to sign in with", () => {
    expect(() => parseEnv({ ...base, AUTH_PASSWORD_SIGN_IN: "off" })).toThrow(/AUTH_PASSWORD_SIGN_IN/);
  });

  it("trusts no proxy and ends sessions after 10 hours, or 60 idle minutes, by default", () => {
    const env = parseEnv(base);
    expect([env.AUTH_TRUSTED_PROXIES, env.AUTH_SESSION_MAX_AGE_MINUTES, env.AUTH_SESSION_IDLE_MINUTES, env.AUTH_MFA_REQUIRED]).toEqual([
      [],
      600,
      60,
      "admins",
    ]);
    expect(parseEnv({ ...base, AUTH_TRUSTED_PROXIES: "10.0.0.2, 10.0.0.3" }).AUTH_TRUSTED_PROXIES).toEqual(["10.0.0.2", "10.0.0.3"]);
  });

  it("keeps free text three years after a scene ends unless told otherwise, in whole years of at least one", () => {
    expect(parseEnv(base).RETENTION_FREE_TEXT_YEARS).toBe(3);
    expect(parseEnv({ ...base, RETENTION_FREE_TEXT_YEARS: "5" }).RETENTION_FREE_TEXT_YEARS).toBe(5);
    expect(() => parseEnv({ ...base, RETENTION_FREE_TEXT_YEARS: "0" })).toThrow(/RETENTION_FREE_TEXT_YEARS/);
    expect(() => parseEnv({ ...base, RETENTION_FREE_TEXT_YEARS: "2.5" })).toThrow(/RETENTION_FREE_TEXT_YEARS/);
  });
});
