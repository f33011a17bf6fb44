"use client";

import { useRef } from "react";
import { account } from "@/lib/i18n/sv/account";
import { SubmitButton } from "./submit-button";
import { useHydrated } from "./use-hydrated";

const t = account;

type Props = {
  /** What the first button says: it opens the question, it does nothing yet. */
  label: string;
  /** The hidden part of the label for screen readers, e.g. which token. */
  srLabel?: string;
  /** What will happen, said before the user confirms. */
  text: string;
  confirmLabel: string;
};

/**
 * The second step of an action that takes effect at once, inside the action's form: a native
 * disclosure (details/summary), so it works without JavaScript and is announced as expanded or
 * collapsed (docs/decisions/0009-password-lifecycle.md). "Avbryt" needs JavaScript; without it
 * the first button closes the question again.
 */
export function ConfirmDisclosure({ label, srLabel, text, confirmLabel }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const hydrated = useHydrated();
  return (
    <details ref={details} className="group">
      <summary className="inline-block cursor-pointer list-none rounded border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 [&::-webkit-details-marker]:hidden">
        {label}
        {srLabel && <span className="sr-only"> {srLabel}</span>}
      </summary>
      <div className="mt-3 flex flex-col gap-3 rounded border border-red-700 bg-red-50 p-4 text-slate-900">
        <p className="font-semibold">{t.confirm.question}</p>
        <p>{text}</p>
        <div className="flex flex-wrap gap-3">
          <SubmitButton variant="danger">{confirmLabel}</SubmitButton>
          {hydrated && (
            <button
              type="button"
              onClick={() => details.current?.removeAttribute("open")}
              className="rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
            >
              {t.admin.cancel}
            </button>
          )}
        </div>
      </div>
    </details>
  );
}
