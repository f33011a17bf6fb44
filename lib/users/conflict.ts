import "server-only";
import { listFilterOptions } from "@/lib/areas/queries";
import { listDifferences, nameAreas, type ConflictField } from "@/lib/forms/conflict";
import { messages } from "@/lib/i18n";
import { getUser } from "./queries";
import type { SetUserDisabledInput, UpdateUserInput } from "./schemas";

const t = messages.admin;

/** The account as stored now beside the change the admin sent, where they differ. */
export async function describeUserConflict(user: { id: string }, input: UpdateUserInput | SetUserDisabledInput): Promise<ConflictField[]> {
  const [stored, options] = await Promise.all([getUser(user.id), listFilterOptions()]);
  if (!stored) return [];
  const status = (disabled: boolean) => (disabled ? t.disabled : t.active);
  if ("disabled" in input) return [{ label: t.status, stored: status(stored.disabledAt !== null), submitted: status(input.disabled) }];
  const area = nameAreas(options);
  const areas = (ids: string[]) => ids.map(area.policeArea).sort().join(", ") || "–";
  return listDifferences([
    { label: t.name, stored: stored.name, submitted: input.name },
    { label: t.email, stored: stored.email, submitted: input.email },
    { label: t.role, stored: messages.roles[stored.role], submitted: messages.roles[input.role] },
    { label: t.municipality, stored: area.municipality(stored.municipalityCode), submitted: area.municipality(input.municipalityCode) },
    { label: t.policeAreas, stored: areas(stored.policeAreas.map((a) => a.id)), submitted: areas(input.policeAreaIds) },
  ]);
}
