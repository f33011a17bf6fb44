import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EnrolSecondFactorForm } from "@/components/auth/enrol-second-factor-form";
import { AppHeader } from "@/components/layout/app-header";
import { signOutAction } from "@/lib/auth/actions";
import { listNavigation } from "@/lib/auth/navigation";
import { getSecondFactorStatus, startEnrolment } from "@/lib/auth/second-factor/queries";
import { GATE_PATHS, getSessionContext } from "@/lib/auth/session";
import { formatStockholmTime } from "@/lib/audit/time";
import { messages } from "@/lib/i18n";
import { countUnreadNotifications } from "@/lib/notifications/queries";

const t = messages.secondFactor;
export const metadata: Metadata = { title: t.enrolTitle };

/**
 * Outside the signed-in layout, which would send a session at the "enrol-second-factor" gate back
 * here: this page serves that gate (an admin, or everyone under AUTH_MFA_REQUIRED=all, without a
 * factor yet) and anyone signed in who wants a second factor of their own.
 */
export default async function SecondFactorEnrolmentPage() {
  const context = await getSessionContext();
  if (!context) redirect("/login");
  if (context.gate && context.gate !== "enrol-second-factor") redirect(GATE_PATHS[context.gate]);
  const { user } = context;
  const status = await getSecondFactorStatus(user.id);
  const body = (
    <>
      <h1 className="mb-4">{t.enrolTitle}</h1>
      {context.gate && <p className="mb-4 rounded border border-blue-800 bg-blue-50 px-4 py-3">{t.enrolRequired}</p>}
      {!status.enabledAt && <p className="mb-4">{t.enrolIntro}</p>}
      <EnrolSecondFactorForm initial={status.enabledAt ? null : await startEnrolment(user)}>
        {status.enabledAt && (
          <div className="flex flex-col gap-2">
            <p>{t.enabledSince(formatStockholmTime(status.enabledAt))}</p>
            <p>{t.recoveryCodesLeft(status.recoveryCodesLeft)}</p>
          </div>
        )}
      </EnrolSecondFactorForm>
    </>
  );
  if (context.gate) {
    return (
      <main id="main" className="mx-auto mt-16 max-w-2xl px-4">
        <section className="rounded border border-slate-300 bg-white p-6 shadow-sm">{body}</section>
        <form action={signOutAction} className="mt-4">
          <button type="submit" className="text-blue-800 underline">
            {messages.secondFactor.signOutInstead}
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
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {body}
      </main>
    </>
  );
}
