import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages.nav.map };

export default async function MapPage() {
  await requirePermission("map:view");
  return (
    <>
      <h1 className="mb-4">{messages.nav.map}</h1>
      <p className="rounded border border-slate-300 bg-white p-6">{messages.empty.mapEmpty}</p>
    </>
  );
}
