import Link from "next/link";
import type { UserRow } from "@/lib/users/queries";
import { messages } from "@/lib/i18n";
import { DataTable } from "@/components/ui/data-table";

const t = messages.admin;

function scopeOf(user: UserRow): string {
  if (user.role === "MUNICIPAL_REP") return user.municipalityName ? `${user.municipalityName} (${user.municipalityCode})` : t.noScope;
  if (user.role === "POLICE_ANALYST") return user.policeAreas.map((a) => a.name).join(", ") || t.noScope;
  return user.role === "STEERING" ? t.countyWide : t.noScope;
}

export function UserTable({ users }: { users: UserRow[] }) {
  return (
    <DataTable
      caption={t.users}
      headers={[
        t.name,
        t.email,
        t.role,
        t.scope,
        t.status,
        <span key="actions" className="sr-only">
          {t.actions}
        </span>,
      ]}
    >
      {users.map((user) => (
        <tr key={user.id} className="border-b border-slate-200 last:border-0">
          <td className="px-3 py-2">{user.name}</td>
          <td className="px-3 py-2">{user.email}</td>
          <td className="px-3 py-2">{messages.roles[user.role]}</td>
          <td className="px-3 py-2">{scopeOf(user)}</td>
          <td className="px-3 py-2">{user.disabledAt ? t.disabled : t.active}</td>
          <td className="px-3 py-2">
            <Link href={`/admin/anvandare/${user.id}`} className="text-blue-800 underline">
              {t.edit}
              <span className="sr-only"> {user.name}</span>
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
