import type { Metadata } from "next";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { PrintButton } from "@/components/dashboard/print-button";
import { requirePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { getTileConfig } from "@/lib/map/tiles";
import { getDashboard } from "@/lib/stats/dashboard";
import { requireYearSegment } from "@/lib/url/year-segment";

const t = messages.report;

export async function generateMetadata({ params }: PageProps<"/rapport/[year]">): Promise<Metadata> {
  return { title: t.title(requireYearSegment((await params).year)) };
}

/** The year's report for the steering group: the dashboard's figures, laid out for paper. */
export default async function ReportPage({ params }: PageProps<"/rapport/[year]">) {
  const user = await requirePermission("report:view");
  const year = requireYearSegment((await params).year);
  const data = await getDashboard(user, year);
  const today = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(new Date());
  return (
    <article className="mx-auto max-w-5xl print:max-w-none">
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t.subtitle}</p>
          <h1 className="text-3xl">{t.title(year)}</h1>
          <p className="text-slate-700">{t.generated(today)}</p>
        </div>
        <PrintButton label={t.print} />
      </header>
      <DashboardView data={data} tiles={getTileConfig(getEnv())} />
      <section aria-labelledby="method-heading" className="mt-8 break-inside-avoid">
        <h2 id="method-heading" className="mb-2">
          {t.method}
        </h2>
        <p className="max-w-3xl">{t.methodText}</p>
      </section>
    </article>
  );
}
