import { messages } from "@/lib/i18n";
import { can, type Action, type SessionUser } from "./permissions";

export type NavItem = { href: string; label: string };

const items: (NavItem & { action: Action })[] = [
  { href: "/oversikt", label: messages.nav.overview, action: "dashboard:view" },
  { href: "/karta", label: messages.nav.map, action: "map:view" },
  { href: "/platser", label: messages.nav.scenes, action: "scene:list" },
  { href: "/bedomningar", label: messages.nav.assessments, action: "assessment:list" },
  { href: "/vad-fungerar", label: messages.nav.whatWorks, action: "report:view" },
  { href: "/admin", label: messages.nav.admin, action: "admin:access" },
];

/** The main menu of a role: the pages the user may open. */
export function listNavigation(user: SessionUser): NavItem[] {
  return items.filter((item) => can(user, item.action)).map(({ href, label }) => ({ href, label }));
}
