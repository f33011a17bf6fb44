import type { PartState, PartSummary } from "@/lib/assessments/form-outline";
import { review } from "@/lib/i18n/sv/review";

const t = review;

// Each state has its own mark and colour as well as its word, so that no one depends on colour.
const stateStyle: Record<PartState, { mark: string; className: string }> = {
  done: { mark: "✓", className: "border-green-800 bg-green-50 text-green-900" },
  missing: { mark: "○", className: "border-amber-800 bg-amber-50 text-amber-900" },
  error: { mark: "!", className: "border-red-700 bg-red-50 text-red-800" },
};

function details(part: PartSummary): string {
  const counts = t.requiredAnswered(part.answered, part.required);
  return part.errors ? `${t.errorCount(part.errors)}, ${counts}` : counts;
}

/** The long form's table of contents: a link to each part, with how far it has come. */
export function SectionNav({ parts }: { parts: PartSummary[] }) {
  return (
    <nav aria-labelledby="form-sections-heading" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="form-sections-heading" className="mb-2 text-base font-semibold">
        {t.sectionsTitle}
      </h2>
      <ol className="flex flex-col gap-2">
        {parts.map((part, i) => {
          const style = stateStyle[part.state];
          return (
            <li key={part.id}>
              <a href={`#section-${part.id}`} className="group block rounded px-1 py-0.5 hover:bg-slate-100">
                <span className="block font-medium text-blue-800 underline">
                  {i + 1}. {part.title}
                </span>
                <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-slate-700">
                  <span className={`inline-flex items-center gap-1 rounded border px-1.5 font-medium ${style.className}`}>
                    <span aria-hidden="true">{style.mark}</span>
                    {t.sectionStates[part.state]}
                  </span>
                  <span>{details(part)}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
