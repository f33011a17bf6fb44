import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";
import { NotificationTable } from "@/components/notifications/notification-table";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { getEmailPreference, listNotifications } from "@/lib/notifications/queries";
import { pageParamField } from "@/lib/url/page";

const t = messages.notifications;
export const metadata: Metadata = { title: t.title };

/** The person's own notifications, the newest first; whose, is who asks. */
export default async function NotificationsPage({ searchParams }: PageProps<"/notiser">) {
  const user = await requireUser();
  const page = pageParamField.parse((await searchParams).page);
  const [{ notifications, pages, total }, emailOn] = await Promise.all([listNotifications(user.id, page), getEmailPreference(user.id)]);
  return (
    <>
      <h1 className="mb-4">{t.title}</h1>
      <p className="mb-2 max-w-3xl text-slate-700">{t.intro}</p>
      <p className="mb-6 text-slate-700">
        {emailOn ? t.emailOn(user.email) : t.emailOff}{" "}
        <Link href="/konto#notifications-heading" className="text-blue-800 underline">
          {t.changeSetting}
        </Link>
      </p>
      {total > 0 ? (
        <div className="flex flex-col gap-4">
          <MarkAllReadForm action={markAllNotificationsReadAction} />
          <NotificationTable rows={notifications} />
        </div>
      ) : (
        <p className="rounded border border-slate-300 bg-white p-6">{t.empty}</p>
      )}
      <Pagination page={page} pages={pages} href={(n) => `/notiser?page=${n}`} />
    </>
  );
}
