import { can, type Action, type Role, type SessionUser } from "@/lib/auth/permissions";

// Who hears of what. Pure, so that the rules are unit-tested on their own; lib/notifications/create.ts
// loads the candidates and writes a row for each one these rules keep.

/** The transitions that notify, and the notification each writes. */
export const TRANSITION_KINDS = {
  submit: "ASSESSMENT_SUBMITTED",
  return: "ASSESSMENT_RETURNED",
  cosign: "ASSESSMENT_COSIGNED",
} as const;

export type NotifyingTransition = keyof typeof TRANSITION_KINDS;
export type AssessmentKind = (typeof TRANSITION_KINDS)[NotifyingTransition];

/**
 * A transition is told to those who act next on the assessment, by the permission policy itself:
 * a submitted one to whoever may co-sign it (the representatives of the scene's municipality), a
 * returned or co-signed one to whoever may edit it (the analysts of the scene's LPO).
 */
const NEXT_ACTION: Record<AssessmentKind, { role: Role; action: Action }> = {
  ASSESSMENT_SUBMITTED: { role: "MUNICIPAL_REP", action: "assessment:cosign" },
  ASSESSMENT_RETURNED: { role: "POLICE_ANALYST", action: "assessment:edit" },
  ASSESSMENT_COSIGNED: { role: "POLICE_ANALYST", action: "assessment:edit" },
};

/** A user who might be told: as the permission checks see them, and whether their account is on. */
export type Candidate = SessionUser & { disabled: boolean };

/** The role whose users may hear of this kind of transition (to load the candidates). */
export function recipientRole(kind: AssessmentKind): Role {
  return NEXT_ACTION[kind].role;
}

/**
 * Whether the candidate is told of a transition on an assessment whose scene lies in `area`.
 * Never the person who made it, never a disabled account.
 */
export function isRecipient(
  kind: AssessmentKind,
  candidate: Candidate,
  area: { municipalityCode: string; policeAreaId: string },
  actorId: string | null,
): boolean {
  const rule = NEXT_ACTION[kind];
  return !candidate.disabled && candidate.id !== actorId && candidate.role === rule.role && can(candidate, rule.action, area);
}

/** The roles that take part in a round: the analysts assess, the representatives co-sign. */
export const ROUND_ROLES = ["POLICE_ANALYST", "MUNICIPAL_REP"] as const satisfies readonly Role[];

/** Whether the candidate is told that a round opened: an active analyst or representative with an area to work in. */
export function isRoundRecipient(candidate: Candidate): boolean {
  if (candidate.disabled) return false;
  if (candidate.role === "POLICE_ANALYST") return candidate.policeAreaIds.length > 0;
  return candidate.role === "MUNICIPAL_REP" && !!candidate.municipalityCode;
}
