import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { AppHeader } from "@/components/layout/app-header";
import { changePasswordAction } from "@/lib/account/actions";
import { signOutAction } from "@/lib/auth/actions";
import { listNavigation } from "@/lib/auth/navigation";
import { GATE_PATHS, getSessionContext } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { countUnreadNotifications } from "@/lib/notifications/queries";

const t = messages.account.password;
export const metadata: Metadata = { title: t.title };

// Outside the signed-in layout: this page is also the gate of a one-time password, shown before
// anything else (lib/auth/session.ts GATE_PATHS), and that layout would send such a session here.

export default async function ChangePasswordPage() {
  const context = await getSessionContext();
  if (!context) redirect("/login");
  if (context.gate && context.gate !== "change-password") redirect(GATE_PATHS[context.gate]);
  const { user } = context;
  if (context.gate === "change-password") {
    return (
      <main id="main" className="mx-auto mt-16 max-w-md px-4">
        <p className="text-sm font-medium tracking-wide text-slate-600 uppercase">{messages.app.name}</p>
        <h1 className="mb-2">{t.forcedTitle}</h1>
        <p className="mb-6 text-slate-700">{t.forcedIntro}</p>
        <section aria-label={t.title} className="rounded border border-slate-300 bg-white p-6 shadow-sm">
          <ChangePasswordForm action={changePasswordAction} email={user.email} />
        </section>
        <form action={signOutAction} className="mt-6">
          <button type="submit" className="underline">
            {t.signOut}
          </button>
        </form>
      </main>
    );
  }
  return (
    <>
      <AppHeader
        user={{ name: user.name, roleLabel: messages.roles[user.role] }}
        items={listNavigation(user)}
        unreadNotifications={await countUnreadNotifications(user.id)}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <p className="mb-2">
          <Link href="/konto" className="underline">
            {t.backToAccount}
          </Link>
        </p>
        <h1 className="mb-2">{t.title}</h1>
        <p className="mb-6 max-w-2xl text-slate-700">{t.intro}</p>
        <ChangePasswordForm action={changePasswordAction} email={user.email} />
      </main>
    </>
  );
}
