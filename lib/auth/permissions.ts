// The one policy: who may do what. Pure (no database, no Next), so it is unit-tested on its own;
// the server enforces it in every page, action and route, and the UI uses it only to hide.

export const ROLES = ["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The municipality of a MUNICIPAL_REP. */
  municipalityCode: string | null;
  /** The LPOs of a POLICE_ANALYST. */
  policeAreaIds: string[];
};

/** Where a record lies: enough to decide scope for scenes, assessments and the like. */
export type AreaResource = { municipalityCode: string; policeAreaId: string };

export type Action =
  | "dashboard:view"
  | "map:view"
  | "scene:list"
  | "scene:view"
  | "scene:create"
  | "scene:edit"
  | "assessment:view"
  | "assessment:edit"
  | "assessment:cosign"
  | "assessment:reopen"
  | "stats:read"
  | "export:read"
  | "report:view"
  | "import:run"
  | "token:own"
  | "token:manage"
  | "indicator:edit"
  | "intervention:edit"
  | "intervention-type:describe"
  | "assessment:list"
  | "admin:access"
  | "user:manage"
  | "audit:read"
  | "questionnaire:manage"
  | "round:manage"
  | "attribution:override";

type Rule = (user: SessionUser, resource?: AreaResource) => boolean;

const everyone: Rule = () => true;
const adminOnly: Rule = (user) => user.role === "ADMIN";

/** Police analysts work in their own LPOs; admins everywhere; the others only read. */
const policeWork: Rule = (user, resource) =>
  user.role === "ADMIN" || (user.role === "POLICE_ANALYST" && (!resource || user.policeAreaIds.includes(resource.policeAreaId)));

const rules: Record<Action, Rule> = {
  "dashboard:view": everyone,
  "map:view": everyone,
  "scene:list": everyone,
  "scene:view": (user, resource) => !!resource && isInScope(user, resource),
  // Without a resource: may the user create scenes at all (to show the button).
  "scene:create": policeWork,
  "scene:edit": (user, resource) => !!resource && policeWork(user, resource),
  "assessment:view": (user, resource) => !!resource && isInScope(user, resource),
  // The yearly assessment is the local police's: analysts of the scene's LPO fill it in and submit.
  "assessment:edit": (user, resource) => !!resource && user.role === "POLICE_ANALYST" && user.policeAreaIds.includes(resource.policeAreaId),
  // …and the representative of the scene's municipality co-signs or returns it.
  "assessment:cosign": (user, resource) =>
    !!resource && user.role === "MUNICIPAL_REP" && user.municipalityCode === resource.municipalityCode,
  "assessment:reopen": (user, resource) => !!resource && user.role === "ADMIN",
  // Figures, exports and the report are read by everyone, over the scenes of their own scope.
  "stats:read": everyone,
  "export:read": everyone,
  "report:view": everyone,
  "import:run": adminOnly,
  // Everyone makes and revokes read-only tokens for themselves; admins see and revoke everyone's.
  "token:own": everyone,
  "token:manage": adminOnly,
  // Indicators are police figures: the analysts of the scene's LPO enter them (admins correct).
  "indicator:edit": policeWork,
  // Interventions are the collaboration's: the scene's LPO analysts and municipality register them.
  "intervention:edit": (user, resource) =>
    !!resource &&
    ((user.role === "POLICE_ANALYST" && user.policeAreaIds.includes(resource.policeAreaId)) ||
      (user.role === "MUNICIPAL_REP" && user.municipalityCode === resource.municipalityCode)),
  // What each type of intervention means is the county's wording, kept by an admin.
  "intervention-type:describe": adminOnly,
  "assessment:list": everyone,
  "admin:access": adminOnly,
  "user:manage": adminOnly,
  "audit:read": adminOnly,
  // Preparing, changing and publishing the yearly questionnaire.
  "questionnaire:manage": adminOnly,
  // The yearly round is the county's: an admin opens it, sets its deadline and closes it.
  "round:manage": adminOnly,
  // Keeping a municipality, district or LPO other than the point's, with a reason (audited).
  "attribution:override": adminOnly,
};

export function can(user: SessionUser | null, action: Action, resource?: AreaResource): boolean {
  if (!user) return false;
  return rules[action](user, resource);
}

/** Whether a record lies within the user's area: the rule every scoped query mirrors. */
export function isInScope(user: SessionUser, resource: AreaResource): boolean {
  switch (user.role) {
    case "ADMIN":
    case "STEERING":
      return true;
    case "POLICE_ANALYST":
      return user.policeAreaIds.includes(resource.policeAreaId);
    case "MUNICIPAL_REP":
      return user.municipalityCode === resource.municipalityCode;
  }
}
