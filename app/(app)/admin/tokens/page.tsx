import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenForm } from "@/components/tokens/revoke-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/actions";
import { listTokens } from "@/lib/tokens/queries";
import { listUsers } from "@/lib/users/queries";

const t = messages.tokens;
export const metadata: Metadata = { title: t.title };

export default async function TokensPage() {
  await requirePermission("token:manage");
  const [tokens, users] = await Promise.all([listTokens(), listUsers()]);
  const activeUsers = users
    .filter((u) => !u.disabledAt)
    .map((u) => ({ id: u.id, name: u.name, email: u.email, role: messages.roles[u.role] }));
  return (
    <>
      <AdminNav current="tokens" />
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t.intro}</p>
      <TokenTable tokens={tokens} revokeForm={(token) => <RevokeTokenForm action={revokeTokenAction} token={token} />} />
      <h2 className="mt-8 mb-4 text-xl font-semibold">{t.newToken}</h2>
      <CreateTokenForm action={createTokenAction} users={activeUsers} />
    </>
  );
}
