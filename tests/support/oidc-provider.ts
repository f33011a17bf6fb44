import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";

// A real, certified OpenID provider (oidc-provider) on a loopback port, started by the test that
// needs it: the authorization code flow with PKCE, state and nonce runs as it would against the
// Police's or a municipality's provider. Its development login form takes any password.

export type TestAccount = { email: string; emailVerified?: boolean; name: string };

export type TestProvider = { issuer: string; close: () => Promise<void> };

export async function startOidcProvider(options: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** By the login typed into the provider's form. */
  accounts: Record<string, TestAccount>;
}): Promise<TestProvider> {
  const issuer = `http://localhost:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    findAccount: (_ctx, id) => {
      const account = options.accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified ?? true, name: account.name }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The claims in the ID token itself, as most agencies' providers send them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["test-provider-cookie-key-0123456789"] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  const callback = provider.callback();
  const server: Server = createServer((req, res) => void callback(req, res));
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(options.port, "127.0.0.1", resolve));
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
