import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { listAuditActors, listAuditEvents, listAuditLabels } from "@/lib/audit/queries";
import { auditFiltersSchema, ENTITY_TYPES, groupEventTypes, type AuditFilters as Filters } from "@/lib/audit/schemas";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { buildHref } from "@/lib/url/href";

const t = messages.audit;
export const metadata: Metadata = { title: t.title };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/logg">) {
  await requirePermission("audit:read");
  const filters = auditFiltersSchema.parse(await searchParams);
  const [{ rows, total, pages }, actors, labels] = await Promise.all([listAuditEvents(filters), listAuditActors(), listAuditLabels()]);
  const href = (changes: Partial<Filters>) => buildHref("/admin/logg", { ...filters, ...changes });
  // The CSV holds every matching event: the filters without the page.
  const csvHref = buildHref("/admin/logg/export.csv", { ...filters, page: undefined });
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
        eventTypes={groupEventTypes().map(({ label, types }) => ({
          label,
          options: types.map((value) => ({ value, label: t.events[value] })),
        }))}
      />
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <p aria-live="polite">{t.results(total)}</p>
        {/* A plain anchor: the file comes from a route handler, which next/link would prefetch. */}
        <p>
          <a href={csvHref} download className="text-blue-800 underline">
            {t.downloadCsv}
          </a>{" "}
          <span className="text-sm text-slate-700">{t.downloadCsvHint}</span>
        </p>
      </div>
      {rows.length > 0 ? (
        <AuditTable rows={rows} labels={labels} />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-6">{t.empty}</p>
      )}
      <Pagination page={filters.page} pages={pages} href={(page) => href({ page })} />
    </>
  );
}
