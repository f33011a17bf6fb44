"use client";

import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { questionnaires } from "@/lib/i18n/sv/questionnaires";
import { VersionFields, useEditForm, type EditAction, type VersionRef } from "./edit-form-parts";

const t = questionnaires;

/** Creates next year's draft from the latest published version; a success lands on its editor. */
export function PrepareForm({ action, year, from }: { action: EditAction; year: number; from: number | null }) {
  const { state, formAction } = useEditForm(action);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      <p>{t.prepareIntro(year, from)}</p>
      <div>
        <SubmitButton>{t.prepare(year)}</SubmitButton>
      </div>
    </form>
  );
}

/** Publishing makes the version the analysts' form: it asks first. */
export function PublishForm({ action, year, version }: { action: EditAction } & VersionRef) {
  const { state, formAction } = useEditForm(action);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <VersionFields year={year} version={version} />
      <p>{t.publishIntro}</p>
      <ConfirmDisclosure label={t.publish(year)} text={t.publishConfirmText(year)} confirmLabel={t.publishConfirm} />
    </form>
  );
}
