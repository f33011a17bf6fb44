import { messages } from "@/lib/i18n";
import { countDaysLeft, isYearComplete, type YearProgress } from "@/lib/rounds/progress";

const t = messages.rounds;

type Props = {
  year: number;
  round: { deadline: string; closedAt: Date | null } | null;
  progress: YearProgress;
  /** Today in Sweden, YYYY-MM-DD. */
  today: string;
  /** A heading of its own, or a line under the page's. */
  headingLevel?: 2 | 3;
};

/** Where a year's round stands: its last day, how much is assessed, and whether the year is complete. */
export function RoundSummary({ year, round, progress, today, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const complete = isYearComplete(progress);
  return (
    <section aria-labelledby={`round-${year}-heading`} className="mb-6 max-w-3xl rounded border border-slate-300 bg-white p-4">
      <Heading id={`round-${year}-heading`} className="mb-2">
        {t.summaryTitle(year)}
      </Heading>
      <ul className="flex flex-col gap-1" data-testid="round-summary">
        {!round && <li>{t.notOpened(year)}</li>}
        {round && !round.closedAt && <li>{t.deadlineLine(round.deadline, countDaysLeft(round.deadline, today))}</li>}
        <li>{t.progressLine(progress.assessed, progress.active)}</li>
        {progress.closed ? <li>{t.closedLine}</li> : complete && <li>{t.completeLine}</li>}
      </ul>
    </section>
  );
}
