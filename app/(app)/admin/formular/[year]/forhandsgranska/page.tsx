import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { listFilterOptions } from "@/lib/areas/queries";
import { previewQuestionnaireAction } from "@/lib/assessments/questionnaire/actions";
import { PREVIEW_PLACE, PREVIEW_POINT, questionnairePath } from "@/lib/assessments/questionnaire/paths";
import { getQuestionnaireVersion } from "@/lib/assessments/questionnaire/queries";
import { requirePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";
import { getTileConfig } from "@/lib/map/tiles";
import { requireYearSegment } from "@/lib/url/year-segment";
import { plannedYears } from "@/lib/years";

const t = messages.questionnaires;
export const metadata: Metadata = { title: t.preview };

/**
 * The year's form as analysts see it, drawn by the analysts' own form component. It posts to an
 * action that checks the answers with this version and writes nothing.
 */
export default async function PreviewPage({ params }: PageProps<"/admin/formular/[year]/forhandsgranska">) {
  await requirePermission("questionnaire:manage");
  const version = await getQuestionnaireVersion(requireYearSegment((await params).year, plannedYears));
  if (!version) notFound();
  const options = await listFilterOptions();
  const policeArea = options.policeAreas.find((a) => a.name === PREVIEW_PLACE.policeArea);
  const place = { municipalityCode: PREVIEW_PLACE.municipalityCode, policeAreaId: policeArea?.id ?? "", districtId: "" };
  return (
    <>
      <AdminNav current="questionnaires" />
      <p className="mb-1">
        <Link href={questionnairePath(version.year)} className="text-blue-800 underline">
          {t.backToYear(version.year)}
        </Link>
      </p>
      <h1 className="mb-2">{t.previewTitle(version.year)}</h1>
      <div role="note" className="mb-6 max-w-3xl rounded border border-amber-700 bg-amber-50 px-4 py-3">
        <p>{t.previewIntro}</p>
        {version.state === "draft" && <p className="mt-2 font-medium">{t.previewDraft}</p>}
      </div>
      <AssessmentForm
        action={previewQuestionnaireAction}
        assessment={{ id: String(version.year), version: version.version }}
        questionnaire={version.definition}
        values={place}
        changes={{}}
        options={options}
        tiles={getTileConfig(getEnv())}
        point={PREVIEW_POINT}
      />
    </>
  );
}
