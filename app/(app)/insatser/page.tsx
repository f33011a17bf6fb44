import type { Metadata } from "next";
import { InterventionTable } from "@/components/interventions/intervention-table";
import { areaFilterFields, FilterForm } from "@/components/ui/filter-form";
import { DownloadLinks } from "@/components/ui/download-links";
import { Pagination } from "@/components/ui/pagination";
import { listFilterOptions } from "@/lib/areas/queries";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { INTERVENTION_ACTORS, INTERVENTION_TYPES } from "@/lib/interventions/codes";
import { codeOptions, interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";
import { listInterventions } from "@/lib/interventions/queries";
import { interventionExportPaths, interventionFiltersSchema, type InterventionFilters } from "@/lib/interventions/schemas";
import { buildHref } from "@/lib/url/href";
import { toYearQuery } from "@/lib/url/year";
import { listYears, plannedYears } from "@/lib/years";

const t = messages.interventions;
export const metadata: Metadata = { title: t.title };

export default async function InterventionsPage({ searchParams }: PageProps<"/insatser">) {
  // Everyone reads the interventions of the scenes in their scope; the query applies the scope.
  const user = await requireUser();
  const filters = interventionFiltersSchema.parse(await searchParams);
  const [{ rows, total, pages }, options] = await Promise.all([listInterventions(user, filters), listFilterOptions()]);
  const href = (changes: Partial<InterventionFilters>) => buildHref("/insatser", toYearQuery({ ...filters, ...changes }));
  const exportPaths = interventionExportPaths(filters);
  // Next year too: an intervention may be planned ahead.
  const area = areaFilterFields(options, listYears(plannedYears()), filters);
  return (
    <>
      <h1 className="mb-1">{t.title}</h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t.intro}</p>
      <FilterForm
        action="/insatser"
        fields={[
          { name: "type", label: t.type, value: filters.type, options: codeOptions(INTERVENTION_TYPES, interventionTypeLabel) },
          { name: "actor", label: t.actor, value: filters.actor, options: codeOptions(INTERVENTION_ACTORS, interventionActorLabel) },
          area.municipality,
          area.policeArea,
          area.year,
        ]}
      />
      <p className="mb-2" aria-live="polite">
        {t.results(total)}
      </p>
      {rows.length > 0 ? (
        <InterventionTable caption={t.title} rows={rows} withScene />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-6">{t.empty}</p>
      )}
      <Pagination page={filters.page} pages={pages} href={(page) => href({ page })} />
      <div className="mt-8">
        <DownloadLinks
          id="intervention-export-heading"
          title={t.exportTitle}
          intro={t.exportIntro}
          links={[
            { href: exportPaths.csv, label: t.csv },
            { href: exportPaths.xlsx, label: t.xlsx },
          ]}
        />
      </div>
    </>
  );
}
