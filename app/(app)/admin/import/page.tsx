import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { ImportForm } from "@/components/admin/import-form";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { importAction } from "@/lib/import/actions";

const t = messages.import;
export const metadata: Metadata = { title: t.title };

export default async function ImportPage() {
  await requirePermission("import:run");
  return (
    <>
      <AdminNav current="import" />
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-4 max-w-3xl">{t.intro}</p>
      <ImportForm action={importAction} />
    </>
  );
}
