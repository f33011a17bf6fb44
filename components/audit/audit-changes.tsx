import { messages } from "@/lib/i18n";
import { describeChanges, type AuditLabels } from "@/lib/audit/describe";

const t = messages.audit;

type Props = { before: unknown; after: unknown; comment?: string | null; labels?: AuditLabels };

/** What an event changed, one field a line, and the comment given with it. */
export function AuditChanges({ before, after, comment, labels }: Props) {
  const lines = describeChanges(before, after, labels);
  if (!lines.length && !comment) return null;
  return (
    <div className="text-sm">
      {comment ? (
        <p className="mb-1">
          <span className="font-medium">{t.comment}:</span> {comment}
        </p>
      ) : null}
      {lines.length > 0 && (
        <ul className="space-y-0.5">
          {lines.map((line) => (
            <li key={line.key} className="break-words">
              {/* A question's label ends in its own question mark: no colon after it. */}
              <span className="font-medium">{/[?:]$/.test(line.label) ? line.label : `${line.label}:`}</span> {line.value}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
