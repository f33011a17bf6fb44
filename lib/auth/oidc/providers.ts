import type { OIDCConfig } from "next-auth/providers";
import { getEnv, type OidcProviderConfig } from "@/lib/env";

// The agencies' own identity providers (AUTH_OIDC_PROVIDERS), as next-auth OIDC providers:
// authorization code flow with PKCE, state and nonce. Only who the person is comes from the
// provider; role and scope come from this app's own User row (lib/auth/oidc/match.ts).

/** The claims this app reads of a provider's ID token or userinfo. */
export type OidcClaims = { sub?: string; email?: string; email_verified?: boolean | string; name?: string };

export function listOidcProviders(): Pick<OidcProviderConfig, "id" | "name">[] {
  return getEnv().oidcProviders.map(({ id, name }) => ({ id, name }));
}

export function isOidcProvider(id: string): boolean {
  return getEnv().oidcProviders.some((provider) => provider.id === id);
}

export function createOidcProviders(): OIDCConfig<OidcClaims>[] {
  return getEnv().oidcProviders.map((provider) => ({
    id: provider.id,
    name: provider.name,
    type: "oidc",
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // next-auth's own user id would be the provider's subject; ours is set at sign-in (auth.ts).
    profile: (claims) => ({ id: claims.sub ?? "", email: claims.email ?? null, name: claims.name ?? null }),
  }));
}
