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
import { currentYear, FIRST_YEAR, listYears } from "@/lib/years";
import { RoundSceneTable } from "@/components/rounds/round-scene-table";
import { RoundSummary } from "@/components/rounds/round-summary";
import { todayInSweden } from "@/lib/days";
import { getLastAssessableYear, getRound, getYearProgress, listRoundScenes } from "@/lib/rounds/queries";

const t = messages.workLists;
export const metadata: Metadata = { title: t.title };

export default async function WorkListsPage({ searchParams }: PageProps<"/bedomningar">) {
  const user = await requirePermission("assessment:list");
  const query = await searchParams;
  const years = { first: FIRST_YEAR, last: await getLastAssessableYear() };
  const year = parseYear(query[YEAR_PARAM], () => years) ?? currentYear();
  const yearFilter = <YearForm action="/bedomningar" year={year} years={listYears(years)} label={t.year} submitLabel={t.show} />;
  const [round, progress] = await Promise.all([getRound(year), getYearProgress(user, year)]);
  return (
    <>
      <NoticeBanner notice={readNotice(query)} />
      <h1 className="mb-4">{t.title}</h1>
      <RoundSummary
        year={year}
        round={round}
        progress={progress}
        today={todayInSweden()}
        share={user.role === "POLICE_ANALYST" || user.role === "MUNICIPAL_REP"}
      />
      {user.role === "POLICE_ANALYST" && <AnalystWork user={user} year={year} yearFilter={yearFilter} />}
      {user.role === "MUNICIPAL_REP" && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading" className="mb-3">
            {t.waiting}
          </h2>
          <WorkTable rows={await listCosignQueue(user)} caption={t.waiting} empty={t.noWaiting} />
        </section>
      )}
      {(user.role === "STEERING" || user.role === "ADMIN") && (
        <>
          {yearFilter}
          <h2 className="mb-3">{t.overviewTitle(year)}</h2>
          <div className="flex flex-col gap-6">
            <YearStateTable
              rows={await summarizeYear(user, year, "municipality")}
              caption={t.byMunicipality}
              areaLabel={messages.scenes.municipality}
            />
            <YearStateTable
              rows={await summarizeYear(user, year, "policeArea")}
              caption={t.byPoliceArea}
              areaLabel={messages.scenes.policeArea}
            />
            <RoundScenes user={user} year={year} closed={progress.closed} />
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
  const { drafts, returned, missing } = await listAnalystWork(user, year);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="returned-heading">
        <h2 id="returned-heading" className="mb-3">
          {t.returned}
        </h2>
        <WorkTable rows={returned} caption={t.returned} empty={t.noReturned} />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="mb-3">
          {t.drafts}
        </h2>
        <WorkTable rows={drafts} caption={t.drafts} empty={t.noDrafts} />
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

/** Every scene of the round and who acts next; once the round is closed, the unassessed apart. */
async function RoundScenes({ user, year, closed }: { user: Parameters<typeof listRoundScenes>[0]; year: number; closed: boolean }) {
  const scenes = await listRoundScenes(user, year);
  const unassessed = scenes.filter((s) => s.status !== "SUBMITTED" && s.status !== "COSIGNED");
  return (
    <>
      {closed && unassessed.length > 0 && <RoundSceneTable year={year} scenes={unassessed} caption={messages.rounds.notAssessedTitle} />}
      <RoundSceneTable year={year} scenes={scenes} caption={messages.rounds.scenesTitle} />
    </>
  );
}
