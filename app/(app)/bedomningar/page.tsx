import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages.nav.assessments };

export default async function AssessmentsPage() {
  await requirePermission("assessment:list");
  return (
    <>
      <h1 className="mb-4">{messages.nav.assessments}</h1>
      <p className="rounded border border-slate-300 bg-white p-6">{messages.empty.assessmentsEmpty}</p>
    </>
  );
}
