import type { LatestReturn } from "@/lib/assessments/work-lists";
import { excerpt } from "@/lib/assessments/review";
import { formatStockholmTime } from "@/lib/audit/time";
import { messages } from "@/lib/i18n";

const t = messages.review;

/** Who returned an assessment and when, with the start of their comment: a cell of the work list. */
export function ReturnSummary({ latestReturn }: { latestReturn: LatestReturn | null }) {
  if (!latestReturn) return null;
  const { userName, role, at, comment } = latestReturn;
  return (
    <div className="min-w-56">
      <p>
        {userName} ({messages.roles[role]}), <time dateTime={at.toISOString()}>{formatStockholmTime(at)}</time>
      </p>
      <p className="text-sm text-slate-800">{comment ? `”${excerpt(comment)}”` : t.noComment}</p>
    </div>
  );
}

/** The latest return of an assessment, on its page: who, when, and the whole comment. */
export function ReturnNote({ latestReturn }: { latestReturn: LatestReturn }) {
  const { userName, role, at, comment } = latestReturn;
  return (
    <div role="note" aria-labelledby="return-note-heading" className="mb-6 max-w-3xl rounded border border-amber-700 bg-amber-50 px-4 py-3">
      <h2 id="return-note-heading" className="text-base font-semibold">
        {t.returnedTitle}
      </h2>
      <p className="font-medium">{t.returnedByLine(userName, messages.roles[role], formatStockholmTime(at))}</p>
      <p className="whitespace-pre-line">{comment ?? t.noComment}</p>
    </div>
  );
}
