import type { Metadata } from "next";
import Link from "next/link";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { ExportLinks } from "@/components/exports/export-links";
import { YearForm } from "@/components/ui/year-form";
import { describeScope } from "@/lib/areas/queries";
import { requirePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { getTileConfig } from "@/lib/map/tiles";
import { getDashboard, getDashboardYear } from "@/lib/stats/dashboard";
import { dashboardHref, readDashboardParams, type LongTable } from "@/lib/url/dashboard";
import { AREA_FILTER_PARAMS, buildHref } from "@/lib/url/href";
import { listYears } from "@/lib/years";

const t = messages.dashboard;
/**
 * Rows a table of the page shows before its "show all" link: the county's 20 LPOs fit, its 26
 * municipalities are one link away, and at national scale the page stays under 150 kB (issue 13).
 */
const ROW_LIMIT = 20;
export const metadata: Metadata = { title: t.title };

export default async function OverviewPage({ searchParams }: PageProps<"/oversikt">) {
  const user = await requirePermission("dashboard:view");
  // Opens on the latest complete year: a year in progress is shown only when asked for.
  const params = readDashboardParams(await searchParams);
  const year = params.year ?? (await getDashboardYear(user));
  const limit = { rows: ROW_LIMIT, expanded: params.expanded, href: (table: LongTable | null) => dashboardHref(year, table) };
  const [data, scopeText] = await Promise.all([getDashboard(user, year), describeScope(user)]);
  return (
    <>
      <h1 className="mb-1">
        {t.title} {year}
      </h1>
      <p className="mb-1 text-slate-700">{t.intro}</p>
      <p className="mb-4 text-slate-700">
        <span data-testid="role">{messages.roles[user.role]}</span> · {t.scopeNote(scopeText)}
      </p>
      <YearForm action="/oversikt" year={year} years={listYears()} label={t.chooseYear} submitLabel={t.show} />
      <DashboardView data={data} tiles={getTileConfig(getEnv())} limit={limit} />
      <section aria-labelledby="exports-heading" className="mt-8">
        <h2 id="exports-heading" className="mb-2">
          {t.exportsTitle}
        </h2>
        <p className="mb-2">
          <Link href={`/rapport/${year}`} className="text-blue-800 underline">
            {t.report(year)}
          </Link>
        </p>
        <p className="mb-2">
          <Link href={buildHref("/insatser", { [AREA_FILTER_PARAMS.year]: year })} className="text-blue-800 underline">
            {t.interventions(year)}
          </Link>
        </p>
        <ExportLinks year={year} note={data.stats.complete ? null : t.preliminary(data.stats.assessed, data.stats.active)} />
      </section>
    </>
  );
}
