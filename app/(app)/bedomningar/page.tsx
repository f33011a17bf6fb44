import type { Metadata } from "next";
import { MissingScenes } from "@/components/assessments/missing-scenes";
import { WorkTable } from "@/components/assessments/work-table";
import { YearStateTable } from "@/components/assessments/year-state-table";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { YearForm } from "@/components/ui/year-form";
import { listAnalystWork, listCosignQueue, summarizeYear } from "@/lib/assessments/work-lists";
import { requirePermission } from "@/lib/auth/session";
import { readNotice } from "@/lib/forms/notices";
import { messages } from "@/lib/i18n";
import { parseYear, YEAR_PARAM } from "@/lib/url/year";
import { currentYear, listYears } from "@/lib/years";

const t = messages.workLists;
export const metadata: Metadata = { title: t.title };

export default async function WorkListsPage({ searchParams }: PageProps<"/bedomningar">) {
  const user = await requirePermission("assessment:list");
  const query = await searchParams;
  const year = parseYear(query[YEAR_PARAM]) ?? currentYear();
  const yearFilter = <YearForm action="/bedomningar" year={year} years={listYears()} label={t.year} submitLabel={t.show} />;
  return (
    <>
      <NoticeBanner notice={readNotice(query)} />
      <h1 className="mb-4">{t.title}</h1>
      {user.role === "POLICE_ANALYST" && <AnalystWork user={user} year={year} yearFilter={yearFilter} />}
      {user.role === "MUNICIPAL_REP" && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading" className="mb-3">
            {t.waiting}
          </h2>
          <WorkTable rows={await listCosignQueue(user)} caption={t.waiting} empty={t.noWaiting} show="submitted" />
        </section>
      )}
      {(user.role === "STEERING" || user.role === "ADMIN") && (
        <>
          {yearFilter}
          <h2 className="mb-3">{t.overviewTitle(year)}</h2>
          <div className="flex flex-col gap-6">
            <YearStateTable
              rows={await summarizeYear(year, "municipality")}
              caption={t.byMunicipality}
              areaLabel={messages.scenes.municipality}
            />
            <YearStateTable
              rows={await summarizeYear(year, "policeArea")}
              caption={t.byPoliceArea}
              areaLabel={messages.scenes.policeArea}
            />
          </div>
        </>
      )}
    </>
  );
}

async function AnalystWork({
  user,
  year,
  yearFilter,
}: {
  user: Parameters<typeof listAnalystWork>[0];
  year: number;
  yearFilter: React.ReactNode;
}) {
  const { drafts, returned, submitted, missing } = await listAnalystWork(user, year);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="returned-heading">
        <h2 id="returned-heading" className="mb-3">
          {t.returned}
        </h2>
        <WorkTable rows={returned} caption={t.returned} empty={t.noReturned} show="returned" />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="mb-3">
          {t.drafts}
        </h2>
        <WorkTable rows={drafts} caption={t.drafts} empty={t.noDrafts} />
      </section>
      <section aria-labelledby="submitted-heading">
        <h2 id="submitted-heading" className="mb-3">
          {messages.review.submitted}
        </h2>
        <WorkTable rows={submitted} caption={messages.review.submitted} empty={messages.review.noSubmitted} show="submitted" />
      </section>
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading" className="mb-3">
          {t.missing(year)}
        </h2>
        {yearFilter}
        <MissingScenes scenes={missing} year={year} />
      </section>
    </div>
  );
}
