import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import type { NavItem } from "@/lib/auth/navigation";
import { messages } from "@/lib/i18n";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { NavLinks } from "./nav-links";

type Props = { user: { name: string; roleLabel: string }; items: NavItem[]; unreadNotifications: number };

export function AppHeader({ user, items, unreadNotifications }: Props) {
  return (
    <header className="border-b border-slate-300 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/oversikt" className="text-lg font-semibold text-slate-900">
          {messages.app.name} <span className="font-normal text-slate-600">· {messages.app.region}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <p>
            <span className="sr-only">{messages.nav.signedInAs} </span>
            <span className="font-medium">{user.name}</span> <span className="text-slate-600">({user.roleLabel})</span>
          </p>
          <NotificationBell unread={unreadNotifications} />
          <Link href="/konto" className="rounded border border-slate-500 px-3 py-1 hover:bg-slate-100">
            {messages.account.navLink}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-slate-500 px-3 py-1 hover:bg-slate-100">
              {messages.nav.signOut}
            </button>
          </form>
        </div>
      </div>
      <NavLinks items={items} />
    </header>
  );
}
