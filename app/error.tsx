"use client";

import { errors } from "@/lib/i18n/sv/app";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto mt-16 max-w-xl px-4">
      <h1 className="mb-2">{errors.errorTitle}</h1>
      <p className="mb-4">{errors.errorText}</p>
      <button type="button" onClick={reset} className="rounded bg-blue-800 px-4 py-2 text-white">
        {errors.retry}
      </button>
    </main>
  );
}
