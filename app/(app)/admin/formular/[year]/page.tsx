import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { AddQuestionForm } from "@/components/questionnaires/add-question-form";
import { QuestionnaireOutline } from "@/components/questionnaires/questionnaire-outline";
import { StateBadge } from "@/components/questionnaires/state-badge";
import { PublishForm } from "@/components/questionnaires/version-forms";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { addQuestionAction, publishQuestionnaireAction } from "@/lib/assessments/questionnaire/actions";
import { QUESTIONNAIRES_PATH, comparePath, previewPath } from "@/lib/assessments/questionnaire/paths";
import { getQuestionnaireVersion, listQuestionnaireYears, type QuestionnaireVersionDetail } from "@/lib/assessments/questionnaire/queries";
import { formatStockholmTime } from "@/lib/audit/time";
import { requirePermission } from "@/lib/auth/session";
import { readNotice } from "@/lib/forms/notices";
import { messages } from "@/lib/i18n";
import { requireYearSegment } from "@/lib/url/year-segment";
import { plannedYears } from "@/lib/years";

const t = messages.questionnaires;
export const metadata: Metadata = { title: t.title };

function stateText(v: QuestionnaireVersionDetail): string {
  if (!v.publishedAt) return t.stateDraft;
  const day = formatStockholmTime(v.publishedAt);
  return v.state === "frozen" ? t.stateFrozen(day, v.assessments) : t.statePublished(day, v.publishedBy);
}

export default async function QuestionnaireYearPage({ params, searchParams }: PageProps<"/admin/formular/[year]">) {
  await requirePermission("questionnaire:manage");
  const version = await getQuestionnaireVersion(requireYearSegment((await params).year, plannedYears));
  if (!version) notFound();
  const { year, definition } = version;
  const editable = version.state !== "frozen";
  const hasEarlier = (await listQuestionnaireYears()).includes(year - 1);
  return (
    <>
      <AdminNav current="questionnaires" />
      <NoticeBanner notice={readNotice(await searchParams)} />
      <p className="mb-1">
        <Link href={QUESTIONNAIRES_PATH} className="text-blue-800 underline">
          {t.backToList}
        </Link>
      </p>
      <h1 className="mb-2">{t.editorTitle(year)}</h1>
      <p className="mb-2 flex flex-wrap items-center gap-3">
        <StateBadge state={version.state} />
        <span>{stateText(version)}</span>
      </p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href={previewPath(year)} className="text-blue-800 underline">
          {t.preview}
        </Link>
        {hasEarlier && (
          <Link href={comparePath(year - 1, year)} className="text-blue-800 underline">
            {t.compareWith(year - 1)}
          </Link>
        )}
      </p>
      {version.state === "draft" && (
        <section aria-labelledby="publish-heading" className="mb-8 max-w-3xl rounded border border-slate-300 bg-white p-5">
          <h2 id="publish-heading" className="mb-2">
            {t.publishTitle}
          </h2>
          <PublishForm action={publishQuestionnaireAction} year={year} version={version.version} />
        </section>
      )}
      <QuestionnaireOutline year={year} questionnaire={definition} editable={editable} />
      {editable && (
        <section aria-labelledby="add-question-heading" className="mt-8 max-w-3xl rounded border border-slate-300 bg-white p-5">
          <h2 id="add-question-heading" className="mb-4">
            {t.addQuestionTitle}
          </h2>
          <AddQuestionForm
            action={addQuestionAction}
            year={year}
            version={version.version}
            sections={definition.sections.map((s) => ({ code: s.code, title: s.title }))}
          />
        </section>
      )}
    </>
  );
}
