"use client";

import { useEffect, useState } from "react";
import { tokens } from "@/lib/i18n/sv/tokens";
import { inputClass } from "@/components/ui/field";

const t = tokens;

/**
 * The new token, shown once: focus lands on it (autofocus works without JavaScript too), it is
 * selected for copying by hand, and a copy button appears once JavaScript runs.
 */
export function NewToken({ token }: { token: string }) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the clipboard exists only in the browser, after hydration
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  const copy = async () => {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  };
  return (
    <div className="flex flex-col gap-2 rounded border-2 border-green-700 bg-green-50 p-4">
      <label htmlFor="new-token" className="font-semibold">
        {t.tokenLabel}
      </label>
      <p id="new-token-hint" className="text-sm text-slate-800">
        {t.newTokenHint}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id="new-token"
          readOnly
          // Focus lands on the token, shown once: also without JavaScript, where the browser honours autofocus.
          autoFocus
          aria-describedby="new-token-hint"
          value={token}
          className={`${inputClass} min-w-0 flex-1 font-mono text-sm`}
          onFocus={(e) => e.currentTarget.select()}
        />
        {canCopy && (
          <button
            type="button"
            onClick={() => void copy()}
            className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            {t.copy}
          </button>
        )}
      </div>
      <p aria-live="polite" className="text-sm text-green-900">
        {copied ? t.copied : ""}
      </p>
    </div>
  );
}
