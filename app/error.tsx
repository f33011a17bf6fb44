"use client";

import { messages } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto mt-16 max-w-xl px-4">
      <h1 className="mb-2">{messages.errors.errorTitle}</h1>
      <p className="mb-4">{messages.errors.errorText}</p>
      <button type="button" onClick={reset} className="rounded bg-blue-800 px-4 py-2 text-white">
        {messages.errors.retry}
      </button>
    </main>
  );
}
