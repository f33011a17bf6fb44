import type { ReactNode } from "react";
import { formatStockholmTime } from "@/lib/audit/time";
import { tokenLastDay, tokenStatus } from "@/lib/tokens/policy";
import type { TokenRow } from "@/lib/tokens/queries";
import { messages } from "@/lib/i18n";
import { DataTable, type Column } from "@/components/ui/data-table";

const t = messages.tokens;

type Props = {
  tokens: TokenRow[];
  /** The moment the statuses are told at (the request's). */
  now: Date;
  /** Renders the revoke control of an active token. */
  revokeForm: (token: TokenRow) => ReactNode;
  /** Everyone's tokens (the admin's list): name their users. */
  showUser?: boolean;
  caption?: string;
  empty?: string;
};

function statusText(token: TokenRow, now: Date): string {
  const status = tokenStatus(token, now);
  if (status === "revoked") return t.revokedAt(formatStockholmTime(token.revokedAt!));
  return status === "expired" ? t.expired : t.active;
}

const userColumn: Column<TokenRow> = {
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
};

/** The tokens, never their secrets. */
export function TokenTable({ tokens, now, revokeForm, showUser = false, caption = t.list, empty = t.empty }: Props) {
  if (tokens.length === 0) return <p className="text-slate-700">{empty}</p>;
  const columns: Column<TokenRow>[] = [
    ...(showUser ? [userColumn] : []),
    { header: t.name, cell: (token) => token.name },
    { header: t.scope, cell: (token) => t.scopes[token.scope] },
    { header: t.createdAt, className: "tabular-nums", cell: (token) => formatStockholmTime(token.createdAt) },
    { header: t.expiresOn, className: "tabular-nums", cell: (token) => tokenLastDay(token.expiresAt) },
    {
      header: t.lastUsedAt,
      className: "tabular-nums",
      cell: (token) => (token.lastUsedAt ? formatStockholmTime(token.lastUsedAt) : t.never),
    },
    { header: t.status, cell: (token) => statusText(token, now) },
    {
      header: <span className="sr-only">{t.actions}</span>,
      cell: (token) => (tokenStatus(token, now) === "active" ? revokeForm(token) : null),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={tokens} rowKey={(token) => token.id} rowClassName="align-top" />;
}
