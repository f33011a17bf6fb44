import type { ReactNode } from "react";
import { formatStockholmTime } from "@/lib/audit/time";
import type { TokenRow } from "@/lib/tokens/queries";
import { messages } from "@/lib/i18n";

const t = messages.tokens;

/** The tokens, never their secrets; `revokeForm` renders the revoke control of an active token. */
export function TokenTable({ tokens, revokeForm }: { tokens: TokenRow[]; revokeForm: (token: TokenRow) => ReactNode }) {
  if (tokens.length === 0) return <p className="text-slate-700">{t.empty}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{t.list}</caption>
        <thead className="border-b border-slate-300 bg-slate-100">
          <tr>
            {[t.user, t.name, t.createdAt, t.lastUsedAt, t.status].map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
