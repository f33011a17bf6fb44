"use client";

import Link from "next/link";
import { useActionState } from "react";
import { enableSecondFactorAction, type EnrolFormState } from "@/lib/auth/second-factor/actions";
import type { PendingEnrolment } from "@/lib/auth/second-factor/queries";
import { secondFactor } from "@/lib/i18n/sv/second-factor";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const t = secondFactor;
const initialState: EnrolFormState = { ok: false };

/** The recovery codes, shown once after the enrolment is confirmed. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="rounded border border-amber-700 bg-amber-50 p-4">
      <h2 id="recovery-codes-heading" className="mb-2">
        {t.recoveryCodesTitle}
      </h2>
      <p className="mb-3">{t.recoveryCodesInstruction}</p>
      <ol className="grid list-inside list-decimal grid-cols-1 gap-1 font-mono text-lg sm:grid-cols-2" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Enrolment: scan (or type) the secret, confirm with a code; the recovery codes follow, once.
 * `initial` is null when the factor is on already: `children` (the status) shows instead. The
 * component stays on the page either way, so that a form posted without JavaScript still shows
 * the codes when the page comes back with the factor on.
 */
export function EnrolSecondFactorForm({ initial, children }: { initial: PendingEnrolment | null; children?: React.ReactNode }) {
  const [state, formAction] = useActionState(enableSecondFactorAction, initialState);
  if (state.ok && state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <RecoveryCodeList codes={state.recoveryCodes} />
        <p>
          <Link href="/oversikt" className="font-medium text-blue-800 underline">
            {t.continue}
          </Link>
        </p>
      </div>
    );
  }
  // After a wrong code the form keeps the secret it was showing (the page would draw a new one).
  const pending = state.pending ?? initial;
  if (!pending) return children;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <h2>{t.enrolSteps}</h2>
      <ol className="flex list-inside list-decimal flex-col gap-3">
        <li>
          {t.enrolStep1}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server, nothing to optimise */}
          <img src={pending.qrDataUrl} alt={t.qrAlt} width={200} height={200} className="mt-2 block border border-slate-300 bg-white" />
        </li>
        <li>
          {t.enrolStep2}
          <p className="mt-1">
            {t.secretLabel}:{" "}
            <code className="rounded bg-slate-100 px-2 py-1 font-mono text-lg" data-testid="totp-secret">
              {pending.secretText}
            </code>
          </p>
        </li>
        <li>{t.enrolStep3}</li>
      </ol>
      <input type="hidden" name="enrolment" value={pending.enrolment} />
      <TextField
        name="code"
        label={t.code}
        hint={t.codeHint}
        autoComplete="one-time-code"
        inputMode="numeric"
        errors={state.fieldErrors?.code}
        required
      />
      <div>
        <SubmitButton>{t.confirm}</SubmitButton>
      </div>
    </form>
  );
}
