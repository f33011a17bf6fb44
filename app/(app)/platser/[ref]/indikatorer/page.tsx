import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { IndicatorTable } from "@/components/indicators/indicator-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { saveIndicatorAction } from "@/lib/indicators/actions";
import { listSceneIndicators } from "@/lib/indicators/queries";
import { getScene } from "@/lib/scenes/queries";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { readNotice } from "@/lib/forms/notices";
import { parseYear, YEAR_PARAM } from "@/lib/url/year";
import { currentYear } from "@/lib/years";

const t = messages.indicators;
export const metadata: Metadata = { title: t.title };

export default async function SceneIndicatorsPage({ params, searchParams }: PageProps<"/platser/[ref]/indikatorer">) {
  const user = await requireUser();
  // Out of scope answers exactly like a scene that does not exist.
  const scene = await getScene(user, decodeURIComponent((await params).ref));
  if (!scene) notFound();
  const query = await searchParams;
  const { [YEAR_PARAM]: year, indikator } = query;
  const notice = readNotice(query);
  const rows = await listSceneIndicators(scene.id);
  const editable = can(user, "indicator:edit", scene);
  const base = `/platser/${encodeURIComponent(scene.ref)}`;
  // ?ar=2024&indikator=unsafe_share opens that stored value for correction.
  const editingYear = parseYear(year);
  const editing = editable ? (rows.find((r) => r.year === editingYear && r.indicator === indikator) ?? null) : null;
  return (
    <>
      <NoticeBanner notice={notice} />
      <p className="mb-2">
        <Link href={base} className="text-blue-800 underline">
          {t.backToScene}
        </Link>
      </p>
      <h1 className="mb-2">
        {t.title}: {scene.name} <span className="font-mono text-lg text-slate-600">({scene.ref})</span>
      </h1>
      <p className="mb-6 max-w-3xl">{t.intro}</p>
      <IndicatorTable rows={rows} editBase={editable ? `${base}/indikatorer` : undefined} />
      {editable && (
        <section aria-labelledby="indicator-form-heading" className="mt-10">
          <h2 id="indicator-form-heading" className="mb-3">
            {editing ? t.editValue(messages.outcomes.indicators[editing.indicator], editing.year) : t.newValue}
          </h2>
          {editing && (
            <p className="mb-4">
              <Link href={`${base}/indikatorer#indikatorvarde`} className="text-blue-800 underline">
                {t.cancelEdit}
              </Link>
            </p>
          )}
          <IndicatorForm
            key={editing ? `${editing.year}-${editing.indicator}-${editing.version}` : "new"}
            action={saveIndicatorAction}
            sceneId={scene.id}
            editing={editing}
            defaultYear={currentYear()}
          />
        </section>
      )}
    </>
  );
}
