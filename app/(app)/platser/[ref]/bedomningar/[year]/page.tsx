import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerSummary } from "@/components/assessments/answer-summary";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { AssessmentStatusBadge } from "@/components/assessments/assessment-status-badge";
import { DecisionForm } from "@/components/assessments/decision-form";
import { ExtentComparison } from "@/components/assessments/extent-comparison";
import { ReturnNote } from "@/components/assessments/return-note";
import { SignatureList } from "@/components/assessments/signature-list";
import { listFilterOptions } from "@/lib/areas/queries";
import { decideAssessmentAction, saveAssessmentAction } from "@/lib/assessments/actions";
import { recordAssessmentView } from "@/lib/assessments/decisions";
import { describeChanges, toAssessmentFormValues } from "@/lib/assessments/form-values";
import { getAssessment, getPreviousFinalAssessment } from "@/lib/assessments/queries";
import { getQuestionnaire } from "@/lib/assessments/questionnaire/queries";
import { listTransitions } from "@/lib/assessments/workflow";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { getTileConfig } from "@/lib/map/tiles";
import { formatArea } from "@/lib/scenes/geometry";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { readNotice } from "@/lib/forms/notices";
import { requireYearSegment } from "@/lib/url/year-segment";
import { plannedYears } from "@/lib/years";

const t = messages.assessmentForm;

export const metadata: Metadata = { title: messages.workLists.title };

export default async function AssessmentPage({ params, searchParams }: PageProps<"/platser/[ref]/bedomningar/[year]">) {
  const user = await requireUser();
  const { ref, year } = await params;
  const assessment = await getAssessment(user, decodeURIComponent(ref), requireYearSegment(year, plannedYears));
  const questionnaire = assessment && (await getQuestionnaire(assessment.year));
  if (!assessment || !questionnaire) notFound();
  await recordAssessmentView(user, assessment.id);
  const transitions = listTransitions(user, assessment.status, assessment.scene);
  const notice = readNotice(await searchParams);
  const base = `/platser/${encodeURIComponent(assessment.scene.ref)}`;
  const lastReturn = assessment.status === "RETURNED" ? assessment.signatures.findLast((s) => s.decision === "RETURNED") : undefined;
  // The answers and the extent are compared with the latest final assessment before this year's.
  const previous = await getPreviousFinalAssessment(assessment.sceneId, assessment.year);
  const changes = describeChanges(questionnaire, assessment.answers, previous);
  const tiles = getTileConfig(getEnv());
  const point = { lat: assessment.scene.lat, lng: assessment.scene.lng };
  // The point is moved on the scene's edit page: linked for those who may edit the scene.
  const movePointHref = can(user, "scene:edit", assessment.scene) && assessment.scene.status === "ACTIVE" ? `${base}/redigera` : null;

  return (
    <>
      <NoticeBanner notice={notice} />
      <p className="mb-1">
        <Link href={base} className="text-blue-800 underline">
          {t.backToScene}: {assessment.scene.name} ({assessment.scene.ref})
        </Link>
      </p>
      <h1 className="mb-2">{t.title(assessment.scene.name, assessment.year)}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-3">
        <AssessmentStatusBadge status={assessment.status} />
        <span>
          {assessment.municipality.name} · {assessment.policeArea.name}
          {assessment.district && ` · ${assessment.district.name}`}
          {assessment.areaM2 !== null && ` · ${formatArea(assessment.areaM2)}`}
        </span>
        <Link href={`${base}/bedomningar/${assessment.year}/historik`} className="text-blue-800 underline">
          {t.showHistory}
        </Link>
      </p>
      {lastReturn && <ReturnNote latestReturn={lastReturn} />}
      {transitions.includes("save") ? (
        <AssessmentForm
          action={saveAssessmentAction}
          assessment={{ id: assessment.id, version: assessment.version }}
          questionnaire={questionnaire}
          values={toAssessmentFormValues(assessment, questionnaire)}
          changes={changes}
          options={await listFilterOptions()}
          tiles={tiles}
          point={point}
          movePointHref={movePointHref}
        />
      ) : (
        <div className="flex max-w-3xl flex-col gap-6">
          <p>{assessment.status === "COSIGNED" ? t.readOnly : t.readOnlyFor(t.statuses[assessment.status])}</p>
          <ExtentComparison
            tiles={tiles}
            point={point}
            current={{ year: assessment.year, extent: assessment.extent, areaM2: assessment.areaM2 }}
            previous={previous && { year: previous.year, extent: previous.extent, areaM2: previous.areaM2 }}
          />
          <AnswerSummary questionnaire={questionnaire} answers={assessment.answers} changes={changes} />
        </div>
      )}
      {transitions.includes("cosign") && (
        <section aria-labelledby="decision-heading" className="mt-8 max-w-3xl rounded border border-slate-300 bg-white p-5">
          <h2 id="decision-heading" className="mb-2">
            {t.decisionTitle}
          </h2>
          <p className="mb-4">{t.decisionIntro}</p>
          <DecisionForm action={decideAssessmentAction} assessment={{ id: assessment.id, version: assessment.version }} mode="decide" />
        </section>
      )}
      {transitions.includes("reopen") && (
        <section aria-labelledby="reopen-heading" className="mt-8 max-w-3xl rounded border border-slate-300 bg-white p-5">
          <h2 id="reopen-heading" className="mb-4">
            {t.reopenTitle}
          </h2>
          <DecisionForm action={decideAssessmentAction} assessment={{ id: assessment.id, version: assessment.version }} mode="reopen" />
        </section>
      )}
      <section aria-labelledby="signatures-heading" className="mt-8 max-w-3xl">
        <h2 id="signatures-heading" className="mb-3">
          {t.signatures}
        </h2>
        <SignatureList signatures={assessment.signatures} />
      </section>
    </>
  );
}
