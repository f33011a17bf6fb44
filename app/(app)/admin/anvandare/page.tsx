import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserTable } from "@/components/admin/user-table";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { listUsers } from "@/lib/users/queries";

const t = messages.admin;
export const metadata: Metadata = { title: t.users };

export default async function UsersPage() {
  await requirePermission("user:manage");
  const users = await listUsers();
  return (
    <>
      <AdminNav current="users" />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h1>{t.users}</h1>
        <Link href="/admin/anvandare/ny" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t.newUser}
        </Link>
      </div>
      <UserTable users={users} />
    </>
  );
}
