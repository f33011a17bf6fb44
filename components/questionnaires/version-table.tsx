import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { comparePath, previewPath, questionnairePath } from "@/lib/assessments/questionnaire/paths";
import type { QuestionnaireState } from "@/lib/assessments/questionnaire/queries";
import { messages } from "@/lib/i18n";
import { StateBadge } from "./state-badge";

const t = messages.questionnaires;

type Row = { year: number; state: QuestionnaireState; questions: number };

const link = "text-blue-800 underline";

/** Every year's version with its state, and where to change, preview and compare it. */
export function VersionTable({ rows }: { rows: Row[] }) {
  const years = new Set(rows.map((r) => r.year));
  const columns: Column<Row>[] = [
    { header: t.year, cell: (row) => row.year, rowHeader: true },
    { header: t.state, cell: (row) => <StateBadge state={row.state} /> },
    { header: t.questions, cell: (row) => t.questionCount(row.questions) },
    {
      header: t.actions,
      cell: (row) => (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link
              href={questionnairePath(row.year)}
              className={link}
              aria-label={row.state === "frozen" ? t.showYear(row.year) : t.editYear(row.year)}
            >
              {row.state === "frozen" ? t.show : t.edit}
            </Link>
          </li>
          <li>
            <Link href={previewPath(row.year)} className={link} aria-label={t.previewYear(row.year)}>
              {t.preview}
            </Link>
          </li>
          {years.has(row.year - 1) && (
            <li>
              <Link href={comparePath(row.year - 1, row.year)} className={link}>
                {t.compareWith(row.year - 1)}
              </Link>
            </li>
          )}
        </ul>
      ),
    },
  ];
  return <DataTable caption={t.versionsCaption} columns={columns} rows={rows} rowKey={(row) => row.year} />;
}
