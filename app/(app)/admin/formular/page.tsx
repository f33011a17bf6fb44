import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { CompareForm } from "@/components/questionnaires/compare-form";
import { VersionTable } from "@/components/questionnaires/version-table";
import { PrepareForm } from "@/components/questionnaires/version-forms";
import { prepareQuestionnaireAction } from "@/lib/assessments/questionnaire/actions";
import { listQuestionnaireVersions } from "@/lib/assessments/questionnaire/queries";
import { listPreparableYears } from "@/lib/assessments/questionnaire/years";
import { requirePermission } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

const t = messages.questionnaires;
export const metadata: Metadata = { title: t.title };

export default async function QuestionnairesPage() {
  await requirePermission("questionnaire:manage");
  const versions = await listQuestionnaireVersions();
  const years = versions.map((v) => v.year);
  const preparable = listPreparableYears(years);
  /** What a prepared year is copied from: the latest published version before it. */
  const sourceOf = (year: number) => versions.find((v) => v.year < year && v.state !== "draft")?.year ?? null;
  return (
    <>
      <AdminNav current="questionnaires" />
      <h1 className="mb-2">{t.title}</h1>
      <p className="mb-6 max-w-3xl">{t.intro}</p>
      <section aria-labelledby="prepare-heading" className="mb-8 max-w-3xl rounded border border-slate-300 bg-white p-5">
        <h2 id="prepare-heading" className="mb-2">
          {t.prepareTitle}
        </h2>
        {preparable.length ? (
          <div className="flex flex-col gap-6">
            {preparable.map((year) => (
              <PrepareForm key={year} action={prepareQuestionnaireAction} year={year} from={sourceOf(year)} />
            ))}
          </div>
        ) : (
          <p>{t.nothingToPrepare}</p>
        )}
      </section>
      <VersionTable rows={versions} />
      {years.length > 1 && (
        <section aria-labelledby="compare-heading" className="mt-8">
          <h2 id="compare-heading" className="mb-3">
            {t.compareChoose}
          </h2>
          <CompareForm years={years} from={years[1] ?? null} to={years[0] ?? null} />
        </section>
      )}
    </>
  );
}
