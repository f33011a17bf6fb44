import { z } from "@/lib/forms/zod";
import { ROLES } from "@/lib/auth/permissions";
import { indicatorSnapshotSchema } from "@/lib/indicators/snapshot";
import { SCENE_STATUSES } from "@/lib/scenes/status";
import { TOKEN_SCOPES } from "@/lib/tokens/policy";
import { interventionEvents } from "./intervention-events";

// The audit log's event types. Each names its entity and carries what the record was before and
// after, so that history pages and investigations read the same typed stream.

export const userSnapshotSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  municipalityCode: z.string().nullable(),
  policeAreaIds: z.array(z.string()),
  disabled: z.boolean(),
});
export type UserSnapshot = z.infer<typeof userSnapshotSchema>;

const userEntity = { entityType: z.literal("user"), entityId: z.string() };

/** A personal access token; scope and expiry are absent from events written before tokens had them. */
const tokenSnapshotSchema = z.object({
  tokenId: z.string(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES).optional(),
  expiresAt: z.string().optional(),
  revoked: z.boolean(),
});

export const sceneSnapshotSchema = z.object({
  ref: z.string(),
  name: z.string(),
  description: z.string(),
  municipalityCode: z.string(),
  policeAreaId: z.string(),
  districtId: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
  extent: z.unknown(),
  areaM2: z.number().nullable(),
  firstYear: z.number().int(),
  status: z.enum(SCENE_STATUSES),
  lastYear: z.number().int().nullable(),
  /** Where a merged or split scene went: the references of its successors. */
  successors: z.array(z.string()),
});
export type SceneSnapshot = z.infer<typeof sceneSnapshotSchema>;

const sceneEntity = { entityType: z.literal("scene"), entityId: z.string() };
const sceneChange = { ...sceneEntity, before: sceneSnapshotSchema, after: sceneSnapshotSchema };

export const assessmentSnapshotSchema = z.object({
  sceneRef: z.string(),
  year: z.number().int(),
  status: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "COSIGNED"]),
  answers: z.record(z.string(), z.unknown()),
  extent: z.unknown(),
  areaM2: z.number().nullable(),
  municipalityCode: z.string(),
  policeAreaId: z.string(),
  districtId: z.string().nullable(),
});
export type AssessmentSnapshot = z.infer<typeof assessmentSnapshotSchema>;

const assessmentEntity = { entityType: z.literal("assessment"), entityId: z.string() };
const assessmentChange = { ...assessmentEntity, before: assessmentSnapshotSchema, after: assessmentSnapshotSchema };
/** A signature's comment (return, reopen) travels with the transition's event. */
const withComment = { comment: z.string().optional() };

/**
 * What a retention run cleared from one assessment (lib/assessments/retention.ts): the questions
 * whose text answers went, and how many comments and logged events it rewrote — never the text.
 */
export const freeTextClearedSchema = z.object({
  sceneRef: z.string(),
  year: z.number().int(),
  questions: z.array(z.string()),
  signatureComments: z.number().int().nonnegative(),
  auditEvents: z.number().int().nonnegative(),
  retentionYears: z.number().int().positive(),
  closedSince: z.string(),
});
export type FreeTextCleared = z.infer<typeof freeTextClearedSchema>;

/** A year's round: its deadline and whether it is closed. */
export const roundSnapshotSchema = z.object({ year: z.number().int(), deadline: z.string(), closed: z.boolean() });
export type RoundSnapshot = z.infer<typeof roundSnapshotSchema>;

const roundEntity = { entityType: z.literal("round"), entityId: z.string() };

/**
 * A year's questionnaire version (lib/assessments/questionnaire): whether it is published, and its
 * whole definition, which the log reads as the changes between before and after.
 */
export const questionnaireSnapshotSchema = z.object({ year: z.number().int(), published: z.boolean(), definition: z.unknown() });
export type QuestionnaireSnapshot = z.infer<typeof questionnaireSnapshotSchema>;

const questionnaireEntity = { entityType: z.literal("questionnaire"), entityId: z.string() };
const questionnaireChange = { ...questionnaireEntity, before: questionnaireSnapshotSchema, after: questionnaireSnapshotSchema };

/** How a person signed in: "password", or "oidc:<provider id>". */
const signIn = { method: z.string(), address: z.string() };
/**
 * A read out of the system (lib/audit/reads.ts): the year and filters asked for, the rows sent,
 * and whether it came through the browser's session or a personal access token (which one).
 */
export const readSnapshotSchema = z.object({
  year: z.number().int().nullable(),
  filters: z.record(z.string(), z.string()),
  rows: z.number().int().nonnegative(),
  via: z.enum(["session", "token"]),
  tokenId: z.string().optional(),
});
export type ReadSnapshot = z.infer<typeof readSnapshotSchema>;

export const SIGN_IN_FAILURES = ["invalid", "throttled", "unknown_account", "disabled", "demo_refused", "second_factor"] as const;

export const auditEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user.created"), ...userEntity, before: z.null(), after: userSnapshotSchema }),
  z.object({ type: z.literal("user.updated"), ...userEntity, before: userSnapshotSchema, after: userSnapshotSchema }),
  z.object({ type: z.literal("user.disabled"), ...userEntity, before: userSnapshotSchema, after: userSnapshotSchema }),
  z.object({ type: z.literal("user.enabled"), ...userEntity, before: userSnapshotSchema, after: userSnapshotSchema }),
  // Sign-ins and sessions (lib/auth): a failed attempt is logged on the address it named, which
  // may belong to nobody.
  z.object({ type: z.literal("auth.signed_in"), ...userEntity, before: z.null(), after: z.object(signIn) }),
  z.object({
    type: z.literal("auth.sign_in_failed"),
    entityType: z.literal("sign_in"),
    entityId: z.string(),
    before: z.null(),
    after: z.object({ ...signIn, reason: z.enum(SIGN_IN_FAILURES) }),
  }),
  z.object({ type: z.literal("auth.signed_out"), ...userEntity, before: z.null(), after: z.object({ method: z.string() }) }),
  z.object({
    type: z.literal("auth.sessions_ended"),
    ...userEntity,
    before: z.null(),
    after: z.object({ reason: z.string(), count: z.number().int() }),
  }),
  // The second factor (lib/auth/second-factor), logged on the user whose factor it is.
  z.object({
    type: z.literal("second_factor.enabled"),
    ...userEntity,
    before: z.null(),
    after: z.object({ recoveryCodes: z.number().int() }),
  }),
  z.object({ type: z.literal("second_factor.verified"), ...userEntity, before: z.null(), after: z.object({ method: z.literal("totp") }) }),
  z.object({
    type: z.literal("second_factor.recovery_code_used"),
    ...userEntity,
    before: z.null(),
    after: z.object({ remaining: z.number().int() }),
  }),
  z.object({ type: z.literal("second_factor.reset"), ...userEntity, before: z.null(), after: z.null() }),
  // Password lifecycle (lib/account, lib/users): which way it happened, never the password.
  z.object({ type: z.literal("user.password_changed"), ...userEntity, before: z.null(), after: z.object({ forced: z.boolean() }) }),
  z.object({
    type: z.literal("user.password_change_failed"),
    ...userEntity,
    before: z.null(),
    after: z.object({ reason: z.enum(["wrong_current", "throttled"]) }),
  }),
  // One's own e-mail notifications turned on or off (lib/notifications).
  z.object({
    type: z.literal("user.notifications_changed"),
    ...userEntity,
    before: z.object({ emailNotifications: z.boolean() }),
    after: z.object({ emailNotifications: z.boolean() }),
  }),
  z.object({
    type: z.literal("user.password_reset"),
    ...userEntity,
    before: z.null(),
    after: z.object({ sessionsEnded: z.number().int() }),
  }),
  // The comment: an admin's reason for a place the point disagrees with (lib/scenes/attribution.ts).
  z.object({ type: z.literal("scene.created"), ...sceneEntity, before: z.null(), after: sceneSnapshotSchema, ...withComment }),
  z.object({ type: z.literal("scene.updated"), ...sceneChange, ...withComment }),
  z.object({ type: z.literal("scene.closed"), ...sceneChange }),
  z.object({ type: z.literal("scene.merged"), ...sceneChange }),
  z.object({ type: z.literal("scene.split"), ...sceneChange }),
  z.object({ type: z.literal("assessment.created"), ...assessmentEntity, before: z.null(), after: assessmentSnapshotSchema }),
  z.object({ type: z.literal("assessment.saved"), ...assessmentChange }),
  z.object({ type: z.literal("assessment.submitted"), ...assessmentChange }),
  z.object({ type: z.literal("assessment.returned"), ...assessmentChange, ...withComment }),
  z.object({ type: z.literal("assessment.cosigned"), ...assessmentChange }),
  z.object({ type: z.literal("assessment.reopened"), ...assessmentChange, ...withComment }),
  // Reads of an assessment are logged (who read what, when), as the law on police data asks.
  z.object({ type: z.literal("assessment.viewed"), ...assessmentEntity, before: z.null(), after: z.null() }),
  // Free text cleared by `npm run retention` from a scene ended longer ago than the retention period.
  z.object({ type: z.literal("assessment.free_text_cleared"), ...assessmentEntity, before: z.null(), after: freeTextClearedSchema }),
  // Brought in by a bulk import (lib/import): the comment names the channel and the file.
  z.object({
    type: z.literal("scene.imported"),
    ...sceneEntity,
    before: sceneSnapshotSchema.nullable(),
    after: sceneSnapshotSchema,
    ...withComment,
  }),
  z.object({
    type: z.literal("assessment.imported"),
    ...assessmentEntity,
    before: assessmentSnapshotSchema.nullable(),
    after: assessmentSnapshotSchema,
    ...withComment,
  }),
  // A personal access token is logged on the user it belongs to (it acts with their role and scope).
  z.object({ type: z.literal("token.created"), ...userEntity, before: z.null(), after: tokenSnapshotSchema }),
  z.object({ type: z.literal("token.revoked"), ...userEntity, before: tokenSnapshotSchema, after: tokenSnapshotSchema }),
  ...interventionEvents,
  // An outcome indicator's value for a year, logged on its scene (lib/indicators).
  z.object({
    type: z.literal("indicator.saved"),
    ...sceneEntity,
    before: indicatorSnapshotSchema.nullable(),
    after: indicatorSnapshotSchema,
  }),
  z.object({
    type: z.literal("indicator.imported"),
    ...sceneEntity,
    before: indicatorSnapshotSchema.nullable(),
    after: indicatorSnapshotSchema,
    ...withComment,
  }),
  // The yearly questionnaire, logged on its year: prepared as a copy of an earlier year's, changed
  // while a draft or not yet used, published.
  z.object({
    type: z.literal("questionnaire.prepared"),
    ...questionnaireEntity,
    before: z.null(),
    after: questionnaireSnapshotSchema.extend({ copiedFrom: z.number().int().nullable() }),
  }),
  z.object({ type: z.literal("questionnaire.changed"), ...questionnaireChange }),
  z.object({ type: z.literal("questionnaire.published"), ...questionnaireChange }),
  z.object({ type: z.literal("round.opened"), ...roundEntity, before: z.null(), after: roundSnapshotSchema }),
  z.object({ type: z.literal("round.deadline_changed"), ...roundEntity, before: roundSnapshotSchema, after: roundSnapshotSchema }),
  z.object({ type: z.literal("round.closed"), ...roundEntity, before: roundSnapshotSchema, after: roundSnapshotSchema }),
  z.object({ type: z.literal("round.reopened"), ...roundEntity, before: roundSnapshotSchema, after: roundSnapshotSchema }),
  // Everything read out of the system, as brottsdatalagen asks: the entity is the export's file or
  // the API's route, by name ("scenes.csv", "stats"), since a read changes no record.
  z.object({
    type: z.literal("export.downloaded"),
    entityType: z.literal("export"),
    entityId: z.string(),
    before: z.null(),
    after: readSnapshotSchema,
  }),
  z.object({
    type: z.literal("api.read"),
    entityType: z.literal("api"),
    entityId: z.string(),
    before: z.null(),
    after: readSnapshotSchema,
  }),
]);

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventType = AuditEvent["type"];
