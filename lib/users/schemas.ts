import { z } from "@/lib/forms/zod";
import { ROLES } from "@/lib/auth/permissions";
import { optionalText, versionField } from "@/lib/forms/fields";
import { freeText } from "@/lib/forms/free-text";
import { messages } from "@/lib/i18n";

const t = messages.admin;

// FormData gives repeated keys for checkboxes: read them as a list explicitly.
const idList = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1)));

const userFields = z.object({
  name: freeText(t.nameRequired).max(200),
  email: z.email(t.invalidEmail).trim().toLowerCase().max(254),
  role: z.enum(ROLES, { message: t.roleRequired }),
  municipalityCode: optionalText,
  policeAreaIds: idList,
});

type UserFields = z.infer<typeof userFields>;

/** A role's scope: LPOs for an analyst, one municipality for a representative, none otherwise. */
function checkScope(user: UserFields, ctx: z.RefinementCtx) {
  if (user.role === "POLICE_ANALYST" && user.policeAreaIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["policeAreaIds"], message: t.policeAreaRequired });
  }
  if (user.role === "MUNICIPAL_REP" && !user.municipalityCode) {
    ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: t.municipalityRequired });
  }
}

/** Drops the scope fields that do not belong to the chosen role. */
function normalizeScope<T extends UserFields>(user: T): T {
  return {
    ...user,
    municipalityCode: user.role === "MUNICIPAL_REP" ? user.municipalityCode : undefined,
    policeAreaIds: user.role === "POLICE_ANALYST" ? user.policeAreaIds : [],
  };
}

export const createUserSchema = userFields
  .extend({ password: optionalText.pipe(z.string().min(10, t.passwordTooShort).max(200).optional()) })
  .superRefine(checkScope)
  .transform(normalizeScope);

export const updateUserSchema = userFields
  .extend({ id: z.string().min(1), version: versionField })
  .superRefine(checkScope)
  .transform(normalizeScope);

export const setUserDisabledSchema = z.object({
  id: z.string().min(1),
  version: versionField,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** An administrator's reset of someone's password, and ending all their sessions: the user alone. */
export const resetPasswordSchema = z.object({ id: z.string().min(1) });
export const endUserSessionsSchema = z.object({ id: z.string().min(1) });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;
