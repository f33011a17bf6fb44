"use client";

import { useEffect, useRef, useState } from "react";
import { account } from "@/lib/i18n/sv/account";
import { useHydrated } from "@/components/ui/use-hydrated";

const t = account.admin;

type Props = {
  message: string;
  password?: string;
  children?: React.ReactNode;
  /** Its heading's level where it stands. */
  level?: 2 | 3 | 4;
};

/**
 * The outcome of creating a user or resetting a password, where the admin's focus lands: the
 * heading takes focus when it appears (so the page scrolls to it and a screen reader reads it),
 * with the one-time password in plain text and, with JavaScript, a button that copies it.
 */
export function OneTimePassword({ message, password, children, level = 2 }: Props) {
  const Heading = `h${level}` as const;
  const heading = useRef<HTMLHeadingElement>(null);
  const hydrated = useHydrated();
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  useEffect(() => heading.current?.focus(), [password]);
  const copy = () =>
    navigator.clipboard.writeText(password ?? "").then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  return (
    <section
      aria-labelledby="one-time-password-heading"
      className="flex flex-col gap-3 rounded border border-green-700 bg-green-50 p-5 text-green-950"
      data-testid="one-time-password"
    >
      <Heading
        id="one-time-password-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold focus:outline-2 focus:outline-offset-2"
      >
        {message}
      </Heading>
      {password && (
        <>
          <p>
            <span className="font-medium">{t.oneTimePasswordLabel}</span>{" "}
            <code
              className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-lg select-all"
              data-testid="one-time-password-value"
            >
              {password}
            </code>
          </p>
          <p>{t.oneTimePasswordHint}</p>
          {hydrated && (
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                onClick={copy}
                className="rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
              >
                {t.copy}
              </button>
              <span aria-live="polite">{copied === "copied" ? t.copied : copied === "failed" ? t.copyFailed : ""}</span>
            </div>
          )}
        </>
      )}
      {children}
    </section>
  );
}
