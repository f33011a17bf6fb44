import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvaluationForm } from "@/components/interventions/evaluation-form";
import { emptyInterventionValues, InterventionForm } from "@/components/interventions/intervention-form";
import { InterventionTable } from "@/components/interventions/intervention-table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { createInterventionAction, evaluateInterventionAction, updateInterventionAction } from "@/lib/interventions/actions";
import { interventionTypeLabel } from "@/lib/interventions/labels";
import { listSceneInterventions, type InterventionRow } from "@/lib/interventions/queries";
import { getScene } from "@/lib/scenes/queries";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { readNotice } from "@/lib/forms/notices";

const t = messages.interventions;
const FORM_ID = "insatsformular";

export async function generateMetadata({ params }: PageProps<"/platser/[ref]/insatser">): Promise<Metadata> {
  return { title: `${t.title} – ${decodeURIComponent((await params).ref)}` };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function SceneInterventionsPage({ params, searchParams }: PageProps<"/platser/[ref]/insatser">) {
  const user = await requireUser();
  // Out of scope answers exactly like a scene that does not exist.
  const scene = await getScene(user, decodeURIComponent((await params).ref));
  if (!scene) notFound();
  const query = await searchParams;
  const rows = await listSceneInterventions(scene.id);
  const editable = can(user, "intervention:edit", scene);
  const base = `/platser/${encodeURIComponent(scene.ref)}/insatser`;
  const notice = readNotice(query);
  const editing = editable ? rows.find((r) => r.id === one(query.andra)) : undefined;
  const evaluating = editable ? rows.find((r) => r.id === one(query.utvardera)) : undefined;
  return (
    <>
      <NoticeBanner notice={notice} />
      <p className="mb-2">
        <Link href={`/platser/${encodeURIComponent(scene.ref)}`} className="text-blue-800 underline">
          {t.backToScene}
        </Link>
      </p>
      <h1 className="mb-1">
        {t.sceneTitle(scene.name)} <span className="font-mono text-lg text-slate-600">({scene.ref})</span>
      </h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t.sceneIntro}</p>
      {rows.length > 0 ? (
        <InterventionTable
          caption={t.sceneTitle(scene.name)}
          rows={rows}
          editHref={editable ? (id) => `${base}?andra=${encodeURIComponent(id)}#${FORM_ID}` : undefined}
          evaluateHref={editable ? (id) => `${base}?utvardera=${encodeURIComponent(id)}#${FORM_ID}` : undefined}
        />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-6">{t.sceneEmpty}</p>
      )}
      {editable && (
        <section id={FORM_ID} aria-labelledby={`${FORM_ID}-heading`} className="mt-8">
          <SceneInterventionForm sceneId={scene.id} base={base} editing={editing} evaluating={evaluating} />
        </section>
      )}
    </>
  );
}

type FormProps = { sceneId: string; base: string; editing?: InterventionRow; evaluating?: InterventionRow };

/** The one form the page shows: evaluating, changing, or else registering a new intervention. */
function SceneInterventionForm({ sceneId, base, editing, evaluating }: FormProps) {
  const heading = (text: string, row?: InterventionRow) => (
    <h2 id={`${FORM_ID}-heading`} className="mb-3">
      {text}
      {row && `: ${interventionTypeLabel(row.type)}, ${row.startDate}`}
    </h2>
  );
  if (evaluating) {
    const { id, version, effect, evaluation } = evaluating;
    return (
      <>
        {heading(t.evaluateIntervention, evaluating)}
        <EvaluationForm
          key={evaluating.id}
          action={evaluateInterventionAction}
          intervention={{ id, version, effect, evaluation }}
          cancelHref={base}
        />
      </>
    );
  }
  if (editing) {
    const { type, actor, startDate, endDate, description } = editing;
    return (
      <>
        {heading(t.editIntervention, editing)}
        <InterventionForm
          key={editing.id}
          action={updateInterventionAction}
          target={{ id: editing.id, version: editing.version }}
          initial={{ type, actor, startDate, endDate: endDate ?? "", description }}
          submitLabel={t.save}
          cancelHref={base}
        />
      </>
    );
  }
  return (
    <>
      {heading(t.newIntervention)}
      <InterventionForm action={createInterventionAction} target={{ sceneId }} initial={emptyInterventionValues} submitLabel={t.create} />
    </>
  );
}
