// The demo's accounts, by their domain. Pure, so that the seed (outside Next) decides with the
// same rule as the sign-in (lib/auth/demo.ts).

export const DEMO_DOMAIN = "@demo.test";

export function isDemoAccount(email: string): boolean {
  return email.toLowerCase().endsWith(DEMO_DOMAIN);
}
