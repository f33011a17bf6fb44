import { AppHeader } from "@/components/layout/app-header";
import { listNavigation } from "@/lib/auth/navigation";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnreadNotifications(user.id);
  return (
    <>
      <AppHeader
        user={{ name: user.name, roleLabel: messages.roles[user.role] }}
        items={listNavigation(user)}
        unreadNotifications={unread}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
