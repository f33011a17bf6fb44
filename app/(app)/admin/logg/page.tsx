import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { listAuditActors, listAuditEvents, listReferenceNames } from "@/lib/audit/queries";
import { AUDIT_EVENT_TYPES, auditFiltersSchema, ENTITY_TYPES, type AuditFilters as Filters } from "@/lib/audit/schemas";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { buildHref } from "@/lib/url/href";

const t = messages.audit;
export const metadata: Metadata = { title: t.title };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/logg">) {
  await requirePermission("audit:read");
  const filters = auditFiltersSchema.parse(await searchParams);
  const [{ rows, total, pages }, actors, names] = await Promise.all([listAuditEvents(filters), listAuditActors(), listReferenceNames()]);
  const href = (changes: Partial<Filters>) => buildHref("/admin/logg", { ...filters, ...changes });
  return (
    <>
      <AdminNav current="log" />
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-4">{t.intro}</p>
      <AuditFilters
        action="/admin/logg"
        filters={filters}
        actors={actors}
        entityTypes={ENTITY_TYPES.map((value) => ({ value, label: t.entityTypes[value] }))}
        eventTypes={AUDIT_EVENT_TYPES.map((value) => ({ value, label: t.events[value] }))}
      />
      <p className="mb-2" aria-live="polite">
        {t.results(total)}
      </p>
      {rows.length > 0 ? (
        <AuditTable rows={rows} names={names} />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-6">{t.empty}</p>
      )}
      <Pagination page={filters.page} pages={pages} href={(page) => href({ page })} />
    </>
  );
}
