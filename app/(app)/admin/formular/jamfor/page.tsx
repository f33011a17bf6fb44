import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { ChangeTable } from "@/components/questionnaires/change-table";
import { CompareForm } from "@/components/questionnaires/compare-form";
import { describeQuestionnaireChange } from "@/lib/assessments/questionnaire/change-text";
import { diffQuestionnaires } from "@/lib/assessments/questionnaire/diff";
import { QUESTIONNAIRES_PATH } from "@/lib/assessments/questionnaire/paths";
import { getQuestionnaireVersion, listQuestionnaireYears } from "@/lib/assessments/questionnaire/queries";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { parseYear } from "@/lib/url/year";
import { plannedYears } from "@/lib/years";

const t = messages.questionnaires;
export const metadata: Metadata = { title: t.compareChoose };

/** What changed between two years' versions (`?fran=2026&till=2027`), drafts included. */
export default async function ComparePage({ searchParams }: PageProps<"/admin/formular/jamfor">) {
  await requirePermission("questionnaire:manage");
  const query = await searchParams;
  const years = await listQuestionnaireYears();
  const from = parseYear(query.fran, plannedYears);
  const to = parseYear(query.till, plannedYears);
  const [older, newer] =
    from !== null && to !== null && from !== to ? await Promise.all([getQuestionnaireVersion(from), getQuestionnaireVersion(to)]) : [];
  const rows =
    older && newer
      ? diffQuestionnaires(older.definition, newer.definition).map((c) => describeQuestionnaireChange(c, newer.definition))
      : null;
  return (
    <>
      <AdminNav current="questionnaires" />
      <p className="mb-1">
        <Link href={QUESTIONNAIRES_PATH} className="text-blue-800 underline">
          {t.backToList}
        </Link>
      </p>
      <h1 className="mb-4">{rows && from !== null && to !== null ? t.compareTitle(from, to) : t.compareChoose}</h1>
      <CompareForm years={years} from={from ?? years[1] ?? null} to={to ?? years[0] ?? null} />
      {rows && from !== null && to !== null ? (
        <ChangeTable rows={rows} from={from} to={to} />
      ) : (
        from !== null && to !== null && <p role="status">{from === to ? t.compareSame : t.compareMissing}</p>
      )}
    </>
  );
}
