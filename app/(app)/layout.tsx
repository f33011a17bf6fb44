import { AppHeader } from "@/components/layout/app-header";
import { listNavigation } from "@/lib/auth/navigation";
import { requireUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={{ name: user.name, roleLabel: messages.roles[user.role] }} items={listNavigation(user)} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
