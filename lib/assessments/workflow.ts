import { can, type Action, type AreaResource, type SessionUser } from "@/lib/auth/permissions";

// The co-signing workflow as an explicit state machine:
//   draft → submitted → cosigned,  submitted → returned → (edited) → submitted,
//   and an admin may reopen a co-signed assessment (back to draft), with a reason.
// Pure: the server checks every transition here, the UI asks which buttons to show.

export const ASSESSMENT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "COSIGNED"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * The statuses that count: a submitted or co-signed assessment is final for the statistics, the
 * exports and the comparison with the year before (../shared/docs/domain.md, "Counting rules").
 * Every query that means "final" derives from this tuple (SQL: lib/stats/counting-where.ts).
 */
export const FINAL_STATUSES = ["SUBMITTED", "COSIGNED"] as const satisfies readonly AssessmentStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

export const TRANSITIONS = ["save", "submit", "cosign", "return", "reopen"] as const;
export type Transition = (typeof TRANSITIONS)[number];

const machine: Record<Transition, { from: readonly AssessmentStatus[]; to: AssessmentStatus | "same"; action: Action }> = {
  save: { from: ["DRAFT", "RETURNED"], to: "same", action: "assessment:edit" },
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", action: "assessment:edit" },
  cosign: { from: ["SUBMITTED"], to: "COSIGNED", action: "assessment:cosign" },
  return: { from: ["SUBMITTED"], to: "RETURNED", action: "assessment:cosign" },
  reopen: { from: ["COSIGNED"], to: "DRAFT", action: "assessment:reopen" },
};

/** The status after the transition, or null when the transition does not apply. */
export function nextStatus(status: AssessmentStatus, transition: Transition): AssessmentStatus | null {
  const rule = machine[transition];
  if (!rule.from.includes(status)) return null;
  return rule.to === "same" ? status : rule.to;
}

/** Whether the user's role and area allow the transition at all, whatever the assessment's state. */
export function mayMake(user: SessionUser | null, transition: Transition, area: AreaResource): boolean {
  return can(user, machine[transition].action, area);
}

/** Whether this user may make this transition on an assessment of a scene in this area. */
export function canTransition(user: SessionUser | null, transition: Transition, status: AssessmentStatus, area: AreaResource): boolean {
  return nextStatus(status, transition) !== null && can(user, machine[transition].action, area);
}

/** The transitions open to the user now: what the assessment page offers. */
export function listTransitions(user: SessionUser | null, status: AssessmentStatus, area: AreaResource): Transition[] {
  return TRANSITIONS.filter((t) => canTransition(user, t, status, area));
}

/**
 * A scene is assessed for the years it is followed: from its first year to its last, or, while it
 * is open, up to the last year open for assessment (this year, or next year once its round is
 * open: lib/rounds/queries.ts getLastAssessableYear).
 */
export function isFollowedIn(scene: { firstYear: number; lastYear: number | null }, year: number, lastOpenYear: number): boolean {
  return year >= scene.firstYear && year <= Math.min(scene.lastYear ?? lastOpenYear, lastOpenYear);
}

/** Final assessments count in the statistics. */
export function isFinal(status: AssessmentStatus): status is FinalStatus {
  return (FINAL_STATUSES as readonly AssessmentStatus[]).includes(status);
}

/** Returning and reopening need a reason. */
export function needsComment(transition: Transition): boolean {
  return transition === "return" || transition === "reopen";
}
