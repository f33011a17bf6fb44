import Link from "next/link";
import { messages } from "@/lib/i18n";

const t = messages.audit;

const items = [
  { key: "users", href: "/admin/anvandare", label: t.users },
  { key: "log", href: "/admin/logg", label: t.title },
  { key: "import", href: "/admin/import", label: messages.import.navLabel },
  { key: "tokens", href: "/admin/tokens", label: messages.tokens.title },
  { key: "questionnaires", href: "/admin/formular", label: messages.questionnaires.navLabel },
  { key: "rounds", href: "/admin/kartlaggning", label: messages.rounds.navLink },
  { key: "interventionTypes", href: "/admin/insatstyper", label: messages.typeDescriptions.navLabel },
] as const;

export type AdminSection = (typeof items)[number]["key"];

/** The admin pages' sub-navigation; the page says which section it is. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label={t.adminNav} className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? "page" : undefined}
              className={`block border-b-4 px-3 py-2 font-medium hover:bg-slate-100 ${item.key === current ? "border-blue-800 text-blue-900" : "border-transparent text-slate-800"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
