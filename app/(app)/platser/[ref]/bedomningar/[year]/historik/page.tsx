import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/components/audit/entity-history";
import { recordAssessmentView } from "@/lib/assessments/decisions";
import { getAssessment } from "@/lib/assessments/queries";
import { listAuditLabels, listEntityHistory } from "@/lib/audit/queries";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { requireYearSegment } from "@/lib/url/year-segment";
import { plannedYears } from "@/lib/years";

const t = messages.assessmentForm;
export const metadata: Metadata = { title: t.history };

export default async function AssessmentHistoryPage({ params }: PageProps<"/platser/[ref]/bedomningar/[year]/historik">) {
  const user = await requireUser();
  const { ref, year } = await params;
  // The history is as sensitive as the assessment: the same scope, out of scope reads as missing.
  const assessment = await getAssessment(user, decodeURIComponent(ref), requireYearSegment(year, plannedYears));
  if (!assessment) notFound();
  await recordAssessmentView(user, assessment.id);
  const [events, labels] = await Promise.all([listEntityHistory("assessment", assessment.id), listAuditLabels()]);
  const back = `/platser/${encodeURIComponent(assessment.scene.ref)}/bedomningar/${assessment.year}`;
  return (
    <>
      <p className="mb-1">
        <Link href={back} className="text-blue-800 underline">
          {t.title(assessment.scene.name, assessment.year)}
        </Link>
      </p>
      <h1 className="mb-4">
        {t.history}: {assessment.scene.name} {assessment.year}
      </h1>
      <EntityHistory events={events.filter((e) => e.type !== "assessment.viewed")} labels={labels} />
    </>
  );
}
