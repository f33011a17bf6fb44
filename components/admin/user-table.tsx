import Link from "next/link";
import type { UserRow } from "@/lib/users/queries";
import { messages } from "@/lib/i18n";
import { DataTable, type Column } from "@/components/ui/data-table";

const t = messages.admin;

function scopeOf(user: UserRow): string {
  if (user.role === "MUNICIPAL_REP") return user.municipalityName ? `${user.municipalityName} (${user.municipalityCode})` : t.noScope;
  if (user.role === "POLICE_ANALYST") return user.policeAreas.map((a) => a.name).join(", ") || t.noScope;
  return user.role === "STEERING" ? t.countyWide : t.noScope;
}

const columns: Column<UserRow>[] = [
  { header: t.name, cell: (user) => user.name },
  { header: t.email, cell: (user) => user.email },
  { header: t.role, cell: (user) => messages.roles[user.role] },
  { header: t.scope, cell: scopeOf },
  { header: t.status, cell: (user) => (user.disabledAt ? t.disabled : t.active) },
  {
    header: <span className="sr-only">{t.actions}</span>,
    cell: (user) => (
      <Link href={`/admin/anvandare/${user.id}`} className="text-blue-800 underline">
        {t.edit}
        <span className="sr-only"> {user.name}</span>
      </Link>
    ),
  },
];

export function UserTable({ users }: { users: UserRow[] }) {
  return <DataTable caption={t.users} columns={columns} rows={users} rowKey={(user) => user.id} />;
}
