import type { Metadata } from "next";
import { InterventionTable } from "@/components/interventions/intervention-table";
import { SceneFilters } from "@/components/scenes/scene-filters";
import { Pagination } from "@/components/ui/pagination";
import { listFilterOptions } from "@/lib/areas/queries";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { INTERVENTION_ACTORS, INTERVENTION_TYPES } from "@/lib/interventions/codes";
import { codeOptions, interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";
import { listInterventions } from "@/lib/interventions/queries";
import { interventionExportPaths, interventionFiltersSchema, type InterventionFilters } from "@/lib/interventions/schemas";
import { buildHref } from "@/lib/url/href";
import { toYearQuery, YEAR_PARAM } from "@/lib/url/year";
import { listYears, plannedYears } from "@/lib/years";

const t = messages.interventions;
export const metadata: Metadata = { title: t.title };

export default async function InterventionsPage({ searchParams }: PageProps<"/insatser">) {
  // Everyone reads the interventions of the scenes in their scope; the query applies the scope.
  const user = await requireUser();
  const filters = interventionFiltersSchema.parse(await searchParams);
  const [{ rows, total, pages }, options] = await Promise.all([listInterventions(user, filters), listFilterOptions()]);
  const href = (changes: Partial<InterventionFilters>) => buildHref("/insatser", toYearQuery({ ...filters, ...changes }));
  const years = listYears(plannedYears()).map(String);
  return (
    <>
      <h1 className="mb-1">{t.title}</h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t.intro}</p>
      <SceneFilters
        action="/insatser"
        fields={[
          { name: "type", label: t.type, value: filters.type, options: codeOptions(INTERVENTION_TYPES, interventionTypeLabel) },
          { name: "actor", label: t.actor, value: filters.actor, options: codeOptions(INTERVENTION_ACTORS, interventionActorLabel) },
          {
            name: "municipality",
            label: t.municipality,
            value: filters.municipality,
            options: options.municipalities.map((m) => ({ value: m.code, label: m.name })),
          },
          {
            name: "policeArea",
            label: t.policeArea,
            value: filters.policeArea,
            options: options.policeAreas.map((a) => ({ value: a.id, label: a.name })),
          },
          {
            name: YEAR_PARAM,
            label: t.year,
            value: filters.year?.toString(),
            allLabel: t.allYears,
            options: years.map((y) => ({ value: y, label: y })),
          },
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
      <ExportLinks filters={filters} />
    </>
  );
}

/** Plain anchors with `download`: the files come from route handlers, not pages to prefetch. */
function ExportLinks({ filters }: { filters: InterventionFilters }) {
  const paths = interventionExportPaths(filters);
  return (
    <section aria-labelledby="intervention-export-heading" className="mt-8 rounded border border-slate-300 bg-white p-4">
      <h2 id="intervention-export-heading" className="text-lg font-semibold">
        {t.exportTitle}
      </h2>
      <p className="mb-2 text-slate-700">{t.exportIntro}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {[
          { href: paths.csv, label: t.csv },
          { href: paths.xlsx, label: t.xlsx },
        ].map((link) => (
          <li key={link.href}>
            <a href={link.href} download className="text-blue-800 underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
