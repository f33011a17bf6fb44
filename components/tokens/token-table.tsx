import type { ReactNode } from "react";
import { formatStockholmTime } from "@/lib/audit/time";
import type { TokenRow } from "@/lib/tokens/queries";
import { messages } from "@/lib/i18n";
import { DataTable, type Column } from "@/components/ui/data-table";

const t = messages.tokens;

/** The tokens, never their secrets; `revokeForm` renders the revoke control of an active token. */
export function TokenTable({ tokens, revokeForm }: { tokens: TokenRow[]; revokeForm: (token: TokenRow) => ReactNode }) {
  if (tokens.length === 0) return <p className="text-slate-700">{t.empty}</p>;
  const columns: Column<TokenRow>[] = [
    {
      header: t.user,
      cell: (token) => (
        <>
          {token.user.name}
          <span className="block text-sm text-slate-600">
            {token.user.email}
            {token.user.disabled && `, ${messages.admin.disabled.toLowerCase()}`}
          </span>
        </>
      ),
    },
    { header: t.name, cell: (token) => token.name },
    { header: t.createdAt, className: "tabular-nums", cell: (token) => formatStockholmTime(token.createdAt) },
    {
      header: t.lastUsedAt,
      className: "tabular-nums",
      cell: (token) => (token.lastUsedAt ? formatStockholmTime(token.lastUsedAt) : t.never),
    },
    { header: t.status, cell: (token) => (token.revokedAt ? t.revokedAt(formatStockholmTime(token.revokedAt)) : t.active) },
    { header: <span className="sr-only">{t.actions}</span>, cell: (token) => (token.revokedAt ? null : revokeForm(token)) },
  ];
  return <DataTable caption={t.list} columns={columns} rows={tokens} rowKey={(token) => token.id} rowClassName="align-top" />;
}
