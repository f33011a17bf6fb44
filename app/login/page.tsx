import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { OIDC_REFUSAL_PARAM } from "@/lib/auth/auth";
import { listOidcProviders } from "@/lib/auth/oidc/providers";
import { GATE_PATHS, getSessionContext } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { messages } from "@/lib/i18n";

const t = messages.login;
export const metadata: Metadata = { title: t.title };

/** Why a sign-in came back here: refused by us (`fel`), or failed at next-auth (`error`). */
function readRefusal(params: Record<string, string | string[] | undefined>): string | null {
  const refusal = params[OIDC_REFUSAL_PARAM];
  if (typeof refusal === "string" && Object.hasOwn(t.refused, refusal)) return t.refused[refusal as keyof typeof t.refused];
  // CredentialsSignin is answered by the password form itself; any other error is a provider's.
  const error = params.error;
  return typeof error === "string" && error !== "CredentialsSignin" ? t.providerError : null;
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  // Signed in already, or half-way (a code or a new password awaited): on to where they belong.
  const session = await getSessionContext();
  if (session) redirect(session.gate ? GATE_PATHS[session.gate] : "/oversikt");
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const providers = listOidcProviders();
  const passwordOn = getEnv().AUTH_PASSWORD_SIGN_IN === "on";
  const refusal = readRefusal(params);
  return (
    <main id="main" className="mx-auto mt-16 max-w-md px-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{messages.app.region}</p>
      <h1 className="mb-2">{messages.app.name}</h1>
      <p className="mb-6 text-slate-700">{messages.app.description}</p>
      <section aria-labelledby="login-heading" className="flex flex-col gap-6 rounded border border-slate-300 bg-white p-6 shadow-sm">
        <h2 id="login-heading">{t.title}</h2>
        {refusal && (
          <p role="alert" data-testid="login-refused" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {refusal}
          </p>
        )}
        {providers.length > 0 && (
          <div>
            <h3 className="mb-3 text-base font-semibold">{t.providersHeading}</h3>
            <ProviderButtons providers={providers} callbackUrl={callbackUrl} />
          </div>
        )}
        {passwordOn && (
          <div>
            {providers.length > 0 ? (
              <h3 className="mb-1 text-base font-semibold">{t.orPassword}</h3>
            ) : (
              <p className="mb-4 text-slate-700">{t.intro}</p>
            )}
            <LoginForm callbackUrl={callbackUrl} />
          </div>
        )}
      </section>
    </main>
  );
}
