import { isInScope, type SessionUser } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import type { SceneDetail } from "./queries";

const t = messages.scenes;

export type LineageEntry = { label: string; year: number; scene: { ref: string; name: string } | null };

/** The scene's lineage as the user may see it: other scenes out of scope stay anonymous. */
export function describeLineage(user: SessionUser, scene: SceneDetail): LineageEntry[] {
  const visible = (s: { ref: string; name: string; municipalityCode: string; policeAreaId: string }) =>
    isInScope(user, s) ? { ref: s.ref, name: s.name } : null;
  return [
    ...scene.predecessors.map((l) => ({
      label: l.kind === "MERGED_INTO" ? t.mergedFrom : t.splitFrom,
      year: l.year,
      scene: visible(l.from),
    })),
    ...scene.successors.map((l) => ({ label: l.kind === "MERGED_INTO" ? t.mergedInto : t.splitInto, year: l.year, scene: visible(l.to) })),
  ];
}
