import { messages } from "@/lib/i18n";
import { countDaysLeft, isYearComplete, type YearProgress } from "@/lib/rounds/progress";

const t = messages.rounds;

type Props = {
  year: number;
  round: { deadline: string; closedAt: Date | null } | null;
  progress: YearProgress;
  /** Today in Sweden, YYYY-MM-DD. */
  today: string;
  /** The figures are the user's own part of the round (their LPOs or municipality). */
  share?: boolean;
};

/** Where a year's round stands: its last day, how much is assessed, and whether the year is complete. */
export function RoundSummary({ year, round, progress, today, share = false }: Props) {
  const complete = isYearComplete(progress);
  return (
    <section aria-labelledby={`round-${year}-heading`} className="mb-6 max-w-3xl rounded border border-slate-300 bg-white p-4">
      <h2 id={`round-${year}-heading`} className="mb-2">
        {t.summaryTitle(year)}
        {share && ` – ${t.yourShare}`}
      </h2>
      <ul className="flex flex-col gap-1" data-testid="round-summary">
        {!round && <li>{t.notOpened(year)}</li>}
        {round && !round.closedAt && <li>{t.deadlineLine(round.deadline, countDaysLeft(round.deadline, today))}</li>}
        <li>{t.progressLine(progress.assessed, progress.active)}</li>
        {progress.closed ? <li>{t.closedLine}</li> : complete && <li>{t.completeLine}</li>}
      </ul>
    </section>
  );
}
