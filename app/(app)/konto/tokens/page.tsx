import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenForm } from "@/components/tokens/revoke-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/actions";
import { expiryBounds, scopesFor } from "@/lib/tokens/policy";
import { listTokens } from "@/lib/tokens/queries";

const t = messages.tokens;
export const metadata: Metadata = { title: t.ownTitle };

/** The signed-in user's own tokens: make one, see them, revoke them. */
export default async function OwnTokensPage() {
  const user = await requirePermission("token:own");
  const tokens = await listTokens(user.id);
  const now = new Date();
  return (
    <>
      <h1 className="mb-2">{t.ownTitle}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t.ownIntro}</p>
      <TokenTable
        tokens={tokens}
        now={now}
        caption={t.ownList}
        empty={t.ownEmpty}
        revokeForm={(token) => <RevokeTokenForm action={revokeTokenAction} token={token} />}
      />
      <h2 className="mt-8 mb-4 text-xl font-semibold">{t.newToken}</h2>
      <CreateTokenForm action={createTokenAction} scopes={scopesFor(user)} expiry={expiryBounds(now)} />
    </>
  );
}
