import type { Metadata } from "next";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { signOutAction } from "@/lib/auth/actions";
import { requireGate } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

const t = messages.secondFactor;
export const metadata: Metadata = { title: t.codeTitle };

/** The second step of a password sign-in, for a session waiting at the "second-factor" gate. */
export default async function SecondFactorPage({ searchParams }: PageProps<"/login/kod">) {
  await requireGate("second-factor");
  const { callbackUrl } = await searchParams;
  return (
    <main id="main" className="mx-auto mt-16 max-w-md px-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{messages.app.region}</p>
      <p className="mb-6 text-2xl font-semibold">{messages.app.name}</p>
      <section aria-labelledby="code-heading" className="rounded border border-slate-300 bg-white p-6 shadow-sm">
        <h1 id="code-heading" className="mb-1 text-2xl">
          {t.codeTitle}
        </h1>
        <p className="mb-4 text-slate-700">{t.codeIntro}</p>
        <SecondFactorForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </section>
      <form action={signOutAction} className="mt-4">
        <button type="submit" className="text-blue-800 underline">
          {t.signOutInstead}
        </button>
      </form>
    </main>
  );
}
