import type { Metadata } from "next";
import { PrintButton } from "@/components/dashboard/print-button";
import { DownloadLinks } from "@/components/ui/download-links";
import { FilterForm } from "@/components/ui/filter-form";
import { WhatWorksView } from "@/components/what-works/what-works-view";
import { describeScope } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { listInterventionTypeDescriptions } from "@/lib/interventions/type-descriptions/queries";
import { getWhatWorks } from "@/lib/what-works/queries";
import { whatWorksFiltersSchema, whatWorksPaths } from "@/lib/what-works/schemas";
import { listYears } from "@/lib/years";

const t = messages.whatWorks;
export const metadata: Metadata = { title: t.title };

/**
 * "Vad fungerar": the interventions beside comparable scenes, for everyone over their own scope.
 * Laid out for paper as well: it prints as the steering group's report on methods.
 */
export default async function WhatWorksPage({ searchParams }: PageProps<"/vad-fungerar">) {
  const user = await requirePermission("report:view");
  const filters = whatWorksFiltersSchema.parse(await searchParams);
  const [data, scopeText, described] = await Promise.all([
    getWhatWorks(user, filters),
    describeScope(user),
    listInterventionTypeDescriptions(),
  ]);
  const descriptions = Object.fromEntries(described.map((d) => [d.type, d.description]));
  const today = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(new Date());
  const paths = whatWorksPaths(filters);
  const years = listYears().map((year) => ({ value: String(year), label: String(year) }));
  return (
    <article className="print:max-w-none">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t.subtitle}</p>
          <h1 className="mb-1">{t.title}</h1>
          <p className="max-w-3xl text-slate-700">{t.intro}</p>
          <p className="text-slate-700">
            {t.scopeNote(scopeText)} <span className="hidden print:inline">{t.generated(today)}</span>
          </p>
        </div>
        <PrintButton label={t.print} />
      </header>
      <div className="print:hidden">
        <FilterForm
          action="/vad-fungerar"
          fields={[
            { name: "fran", label: t.fromYear, value: filters.from?.toString(), options: years, allLabel: t.allYears },
            { name: "till", label: t.toYear, value: filters.to?.toString(), options: years, allLabel: t.allYears },
          ]}
        />
      </div>
      <WhatWorksView data={data} descriptions={descriptions} />
      <div className="mt-8 print:hidden">
        <DownloadLinks
          id="what-works-exports"
          title={t.exportsTitle}
          intro={t.exportsIntro}
          links={[
            { href: paths.csv, label: t.csv },
            { href: paths.xlsx, label: t.xlsx },
            { href: paths.json, label: t.json },
          ]}
        />
      </div>
    </article>
  );
}
