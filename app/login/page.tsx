import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages.login.title };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  if (await getCurrentUser()) redirect("/oversikt");
  const { callbackUrl } = await searchParams;
  return (
    <main id="main" className="mx-auto mt-16 max-w-md px-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{messages.app.region}</p>
      <h1 className="mb-2">{messages.app.name}</h1>
      <p className="mb-6 text-slate-700">{messages.app.description}</p>
      <section aria-labelledby="login-heading" className="rounded border border-slate-300 bg-white p-6 shadow-sm">
        <h2 id="login-heading" className="mb-1">
          {messages.login.title}
        </h2>
        <p className="mb-4 text-slate-700">{messages.login.intro}</p>
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </section>
    </main>
  );
}
