import type { ReactNode } from "react";
import { formatStockholmTime } from "@/lib/audit/time";
import type { TokenRow } from "@/lib/tokens/queries";
import { messages } from "@/lib/i18n";
import { DataTable } from "@/components/ui/data-table";

const t = messages.tokens;

/** The tokens, never their secrets; `revokeForm` renders the revoke control of an active token. */
export function TokenTable({ tokens, revokeForm }: { tokens: TokenRow[]; revokeForm: (token: TokenRow) => ReactNode }) {
  if (tokens.length === 0) return <p className="text-slate-700">{t.empty}</p>;
  return (
    <DataTable
      caption={t.list}
      headers={[
        t.user,
        t.name,
        t.createdAt,
        t.lastUsedAt,
        t.status,
        <span key="actions" className="sr-only">
          {t.actions}
        </span>,
      ]}
    >
      {tokens.map((token) => (
        <tr key={token.id} className="border-b border-slate-200 align-top last:border-0">
          <td className="px-3 py-2">
            {token.user.name}
            <span className="block text-sm text-slate-600">
              {token.user.email}
              {token.user.disabled && `, ${messages.admin.disabled.toLowerCase()}`}
            </span>
          </td>
          <td className="px-3 py-2">{token.name}</td>
          <td className="px-3 py-2 tabular-nums">{formatStockholmTime(token.createdAt)}</td>
          <td className="px-3 py-2 tabular-nums">{token.lastUsedAt ? formatStockholmTime(token.lastUsedAt) : t.never}</td>
          <td className="px-3 py-2">{token.revokedAt ? t.revokedAt(formatStockholmTime(token.revokedAt)) : t.active}</td>
          <td className="px-3 py-2">{token.revokedAt ? null : revokeForm(token)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
