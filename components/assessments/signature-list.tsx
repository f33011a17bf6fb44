import { messages } from "@/lib/i18n";

const t = messages.assessmentForm;

export type SignatureRow = {
  id: string;
  userName: string;
  role: keyof typeof messages.roles;
  decision: keyof typeof t.decisions;
  comment: string | null;
  at: Date;
};

const formatTime = (date: Date) =>
  new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" }).format(date);

/** Who signed what, in order: each signature a record with its role, decision and comment. */
export function SignatureList({ signatures }: { signatures: SignatureRow[] }) {
  if (signatures.length === 0) return <p>{t.noSignatures}</p>;
  return (
    <ol className="flex flex-col gap-2">
      {signatures.map((s) => (
        <li key={s.id} className="rounded border border-slate-200 bg-white px-3 py-2">
          <p>
            <time dateTime={s.at.toISOString()}>{formatTime(s.at)}</time>: <span className="font-medium">{s.userName}</span> (
            {messages.roles[s.role]}) {t.decisions[s.decision]}
          </p>
          {s.comment && <p className="mt-1 whitespace-pre-line text-slate-800">”{s.comment}”</p>}
        </li>
      ))}
    </ol>
  );
}
