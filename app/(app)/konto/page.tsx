import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EndOtherSessionsForm } from "@/components/account/end-other-sessions-form";
import { EmailPreferenceForm } from "@/components/notifications/email-preference-form";
import { SessionTable } from "@/components/account/session-table";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { endOtherSessionsAction } from "@/lib/account/actions";
import { getSessionContext, requireUser } from "@/lib/auth/session";
import { listActiveSessions } from "@/lib/auth/sessions/store";
import { readNotice } from "@/lib/forms/notices";
import { messages } from "@/lib/i18n";
import { updateEmailPreferenceAction } from "@/lib/notifications/actions";
import { getEmailPreference } from "@/lib/notifications/queries";

const t = messages.account;
export const metadata: Metadata = { title: t.title };

export default async function AccountPage({ searchParams }: PageProps<"/konto">) {
  const user = await requireUser();
  const context = await getSessionContext();
  if (!context) redirect("/login");
  const [sessions, emailNotifications] = await Promise.all([listActiveSessions(user.id), getEmailPreference(user.id)]);
  return (
    <>
      <NoticeBanner notice={readNotice(await searchParams)} />
      <h1 className="mb-4">{t.title}</h1>
      <dl className="mb-8 grid max-w-2xl grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2">
        <dt className="font-medium">{t.name}</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">{t.email}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">{t.role}</dt>
        <dd>{messages.roles[user.role]}</dd>
      </dl>
      <section aria-labelledby="security-heading" className="mb-8">
        <h2 id="security-heading" className="mb-2">
          {t.security}
        </h2>
        <ul className="flex flex-col gap-1">
          <li>
            <Link href="/konto/losenord" className="underline">
              {t.changePasswordLink}
            </Link>
          </li>
          <li>
            <Link href="/konto/tvastegsverifiering" className="underline">
              {t.secondFactorLink}
            </Link>
          </li>
          <li>
            <Link href="/konto/tokens" className="underline">
              {t.tokensLink}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="notifications-heading" className="mb-8 flex max-w-2xl flex-col gap-3">
        <h2 id="notifications-heading">{messages.notifications.setting.title}</h2>
        <p className="text-slate-700">{messages.notifications.setting.intro}</p>
        <EmailPreferenceForm action={updateEmailPreferenceAction} enabled={emailNotifications} email={user.email} />
        <p>
          <Link href="/notiser" className="underline">
            {messages.notifications.setting.link}
          </Link>
        </p>
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
        <h2 id="sessions-heading">{t.sessions.title}</h2>
        <p className="max-w-2xl text-slate-700">{t.sessions.intro}</p>
        <SessionTable sessions={sessions} currentId={context.sessionId} />
        <EndOtherSessionsForm action={endOtherSessionsAction} />
      </section>
    </>
  );
}
