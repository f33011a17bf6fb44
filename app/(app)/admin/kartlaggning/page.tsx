import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { OpenRoundForm } from "@/components/rounds/open-round-form";
import { CloseRoundForm, ExtendRoundForm } from "@/components/rounds/round-controls";
import { RoundSummary } from "@/components/rounds/round-summary";
import { RoundTable } from "@/components/rounds/round-scene-table";
import { requirePermission } from "@/lib/auth/session";
import { todayInSweden } from "@/lib/days";
import { messages } from "@/lib/i18n";
import { closeRoundAction, extendRoundAction, openRoundAction } from "@/lib/rounds/actions";
import { getYearProgress, listRounds } from "@/lib/rounds/queries";
import { YEAR_PARAM } from "@/lib/url/year";
import { currentYear } from "@/lib/years";

const t = messages.rounds;
export const metadata: Metadata = { title: t.adminTitle };

/** The admin's rounds: open a year with its last day, move the day, close or reopen. */
export default async function RoundsPage() {
  const user = await requirePermission("round:manage");
  const rounds = await listRounds();
  const today = todayInSweden();
  const opened = new Set(rounds.map((r) => r.year));
  const defaultYear = opened.has(currentYear()) ? currentYear() + 1 : currentYear();
  const progress = await Promise.all(rounds.map((r) => getYearProgress(user, r.year)));
  return (
    <>
      <AdminNav current="rounds" />
      <h1 className="mb-2">{t.adminTitle}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t.adminIntro}</p>
      {rounds.length === 0 ? <p className="mb-6">{t.noRounds}</p> : <RoundTable rounds={rounds} />}
      {rounds.map((round, i) => (
        <section key={round.year} aria-label={t.summaryTitle(round.year)} className="mt-8 flex flex-col gap-4">
          <RoundSummary year={round.year} round={round} progress={progress[i]!} today={today} />
          <p>
            <Link href={`/bedomningar?${YEAR_PARAM}=${round.year}`} className="text-blue-800 underline">
              {t.scenesTitle} {round.year}
            </Link>
          </p>
          {!round.closedAt && <ExtendRoundForm action={extendRoundAction} round={{ ...round, closed: false }} />}
          <CloseRoundForm action={closeRoundAction} round={{ ...round, closed: round.closedAt !== null }} />
        </section>
      ))}
      <section aria-labelledby="open-round-heading" className="mt-10">
        <h2 id="open-round-heading" className="mb-3">
          {t.openTitle}
        </h2>
        <OpenRoundForm action={openRoundAction} defaultYear={defaultYear} />
      </section>
    </>
  );
}
