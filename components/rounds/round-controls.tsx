"use client";

import { useActionState } from "react";
import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, initialFormState } from "@/lib/forms/form-state";
import { rounds } from "@/lib/i18n/sv/rounds";
import type { RoundFormAction } from "./open-round-form";

const t = rounds;

type Round = { year: number; deadline: string; version: number; closed: boolean };

/** An open round's new last day. */
export function ExtendRoundForm({ action, round }: { action: RoundFormAction; round: Round }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const typed = state.values?.deadline;
  return (
    <form key={formKey(state)} action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="year" value={round.year} />
      <input type="hidden" name="version" value={round.version} />
      <TextField
        name="deadline"
        id={`round-${round.year}-deadline`}
        label={`${t.extendTitle} (${round.year})`}
        hint={t.deadlineHint}
        type="date"
        defaultValue={typeof typed === "string" ? typed : round.deadline}
        errors={state.fieldErrors?.deadline}
      />
      <div>
        <SubmitButton variant="secondary">{t.extend}</SubmitButton>
      </div>
    </form>
  );
}

/** Closing makes the year complete, so it asks first; reopening does not. */
export function CloseRoundForm({ action, round }: { action: RoundFormAction; round: Round }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="year" value={round.year} />
      <input type="hidden" name="version" value={round.version} />
      <input type="hidden" name="intent" value={round.closed ? "reopen" : "close"} />
      {round.closed ? (
        <div>
          <SubmitButton variant="secondary">{t.reopen}</SubmitButton>
        </div>
      ) : (
        <ConfirmDisclosure label={t.close} srLabel={String(round.year)} text={t.closeConfirm} confirmLabel={t.confirmClose} />
      )}
    </form>
  );
}
