import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages.nav.scenes };

export default async function ScenesPage() {
  await requirePermission("scene:list");
  return (
    <>
      <h1 className="mb-4">{messages.nav.scenes}</h1>
      <p className="rounded border border-slate-300 bg-white p-6">{messages.empty.scenesEmpty}</p>
    </>
  );
}
