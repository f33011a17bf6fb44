import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { RevokeTokenForm } from "@/components/tokens/revoke-token-form";
import { TokenTable } from "@/components/tokens/token-table";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { revokeTokenAction } from "@/lib/tokens/actions";
import { listTokens } from "@/lib/tokens/queries";

const t = messages.tokens;
export const metadata: Metadata = { title: t.title };

/** Everyone's tokens, to revoke; each user makes their own at /konto/tokens. */
export default async function TokensPage() {
  await requirePermission("token:manage");
  const tokens = await listTokens();
  return (
    <>
      <AdminNav current="tokens" />
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">
        {t.intro}{" "}
        <Link href="/konto/tokens" className="underline">
          {t.ownTitle.toLowerCase()}
        </Link>
        .
      </p>
      <TokenTable
        tokens={tokens}
        now={new Date()}
        showUser
        revokeForm={(token) => <RevokeTokenForm action={revokeTokenAction} token={token} />}
      />
    </>
  );
}
