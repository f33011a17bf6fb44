import { db } from "@/lib/db";
import { addDays, stockholmDay } from "@/lib/tokens/policy";
import { hashToken } from "@/lib/tokens/token";
import { getPoliceAreaId } from "./helpers";
import { addAssessment, addIntervention, YEAR, type RoleName, type Side, type World } from "./access-world";
import { sceneForm } from "./scene-fixtures";

// The access matrix's one table: every server action of the app, the form it is posted with for a
// record on each side of the county, the second value an attacker smuggles into side A's form,
// and who may. Everyone else is refused, and the database is left as it was.

type Fields = Record<string, string | string[] | File>;

export type Row = {
  /** Creates what the action needs beyond the world (an assessment in a state, an intervention…). */
  prepare?: (world: World) => Promise<Record<Side, string>>;
  /** The form for the record on a side; `id`: what prepare made for that side. */
  form: (world: World, side: Side, id: string) => Promise<Fields>;
  /** Fields appended to side A's own form: a second id (or decision) pointing at side B. */
  smuggle: (world: World, ids: Record<Side, string>) => Promise<Fields>;
  allowed: Record<Side, RoleName[]>;
  /** An action that concerns no area (users, tokens, import): side B is not asked. */
  areaFree?: boolean;
};

/** Actions that are not posted with a record to authorize: checked by their own tests. */
export const PUBLIC_ACTIONS = {
  loginAction: "tests/integration/sign-in.test.ts and the smuggled-field case below",
  signOutAction: "tests/e2e/sign-in.spec.ts and tests/e2e/sessions.spec.ts (it takes no form)",
  oidcSignInAction: "tests/e2e/oidc.spec.ts, and the unknown and repeated provider cases below",
  // The second factor: each acts on the session posting it (at its gate) and its own user only.
  verifySecondFactorAction: "tests/integration/second-factor.test.ts (only a session at the second-factor gate)",
  redeemRecoveryCodeAction: "tests/integration/second-factor.test.ts (only a session at the second-factor gate)",
  enableSecondFactorAction: "tests/integration/second-factor.test.ts (own session; a sealed secret of another user refused)",
} as const;

const sideIds = (world: World) => ({ A: world.scene.A.id, B: world.scene.B.id });
const sceneFields = (side: Side) => sceneForm(side === "A" ? "rinkeby" : "jakobsberg", { name: `Ny plats ${side}` });
const editFields = async (world: World, side: Side) => ({ ...(await sceneFields(side)), id: world.scene[side].id, version: "1" });
const analysts = { A: ["analystA", "admin"], B: ["analystB", "admin"] } satisfies Row["allowed"];
const adminOnly = { A: ["admin"], B: ["admin"] } satisfies Row["allowed"];
const smuggleSceneId = async (world: World) => ({ id: world.scene.B.id });
const smuggleId = async (_world: World, ids: Record<Side, string>) => ({ id: ids.B });
const assessments = (status: "DRAFT" | "SUBMITTED" | "COSIGNED") => async (world: World) => ({
  A: (await addAssessment(world, "A", status)).id,
  B: (await addAssessment(world, "B", status)).id,
});
const decision = (kind: "cosign" | "return" | "reopen", status: "SUBMITTED" | "COSIGNED", allowed: Row["allowed"]): Row => ({
  prepare: assessments(status),
  form: async (_w, _side, id) => ({ id, version: "1", decision: kind, comment: "En kommentar." }),
  smuggle: async (_w, ids) => ({ id: ids.B, decision: "reopen" }),
  allowed,
});
const everyoneSignedIn: RoleName[] = ["analystA", "analystB", "repA", "repB", "steering", "admin"];
/** A token of `owner` (side A) and of the spare user (side B): its owner and the admins revoke it. */
const revokeToken = (owner: Exclude<RoleName, "nobody" | "admin">): Row => ({
  areaFree: true,
  prepare: async (w) => {
    const make = (userId: string, name: string) =>
      db.personalAccessToken.create({
        data: { userId, name, tokenHash: hashToken(`ods_${name}`), expiresAt: new Date(Date.now() + 86_400_000) },
      });
    return { A: (await make(w.users[owner].id, "a")).id, B: (await make(w.users.subject.id, "b")).id };
  },
  form: async (_w, _side, id) => ({ id }),
  smuggle: smuggleId,
  allowed: { A: [owner, "admin"], B: [owner, "admin"] },
});
const everyone = { A: ["analystA", "analystB", "repA", "repB", "steering", "admin"], B: [] } satisfies Row["allowed"];
const TEST_PASSWORD = "rätt-lösenord-123";
const NEW_PASSWORD = "korrekt häst batteri häftklammer";
const userFields = { name: "Ny Användare", role: "STEERING", municipalityCode: "", email: "ny.anvandare@test.se" };

/** The year's round, opened for the actions that change it; the row's id is the year. */
const openedRound = async () => {
  await db.assessmentRound.create({ data: { year: YEAR, deadline: new Date("2999-01-31T00:00:00Z") } });
  return { A: String(YEAR), B: String(YEAR) };
};

export const ACCESS_TABLE: Record<string, Row> = {
  createSceneAction: {
    form: (_w, side) => sceneFields(side),
    smuggle: async () => ({ policeAreaId: await getPoliceAreaId("Järfälla") }),
    allowed: analysts,
  },
  updateSceneAction: { form: editFields, smuggle: smuggleSceneId, allowed: analysts },
  closeSceneAction: {
    form: async (w, side) => ({ id: w.scene[side].id, version: "1", lastYear: String(YEAR) }),
    smuggle: smuggleSceneId,
    allowed: analysts,
  },
  mergeSceneAction: {
    form: async (w, side) => ({ id: w.scene[side].id, version: "1", lastYear: String(YEAR), targetId: w.targets[side][0]! }),
    smuggle: smuggleSceneId,
    allowed: analysts,
  },
  splitSceneAction: {
    form: async (w, side) => ({ id: w.scene[side].id, version: "1", lastYear: String(YEAR), targetIds: w.targets[side] }),
    smuggle: smuggleSceneId,
    allowed: analysts,
  },
  startAssessmentAction: {
    form: async (w, side) => ({ sceneId: w.scene[side].id, year: String(YEAR) }),
    smuggle: async (w) => ({ sceneId: w.scene.B.id }),
    allowed: { A: ["analystA"], B: ["analystB"] },
  },
  saveAssessmentAction: {
    prepare: assessments("DRAFT"),
    form: async (_w, _side, id) => {
      const a = await db.assessment.findUniqueOrThrow({ where: { id } });
      const base = { id, version: "1", intent: "save", municipalityCode: a.municipalityCode, policeAreaId: a.policeAreaId };
      return { ...base, districtId: a.districtId ?? "", extent: JSON.stringify(a.extent), "q.development": "increased" };
    },
    smuggle: smuggleId,
    allowed: { A: ["analystA"], B: ["analystB"] },
  },
  "decideAssessmentAction (cosign)": decision("cosign", "SUBMITTED", { A: ["repA"], B: ["repB"] }),
  "decideAssessmentAction (return)": decision("return", "SUBMITTED", { A: ["repA"], B: ["repB"] }),
  "decideAssessmentAction (reopen)": decision("reopen", "COSIGNED", adminOnly),
  saveIndicatorAction: {
    form: async (w, side) => ({ sceneId: w.scene[side].id, year: "2024", indicator: "violent_crimes", value: "999", source: "RAR" }),
    smuggle: async (w) => ({ sceneId: w.scene.B.id }),
    allowed: analysts,
  },
  createInterventionAction: {
    prepare: async (w) => sideIds(w),
    form: async (_w, _side, sceneId) => ({
      sceneId,
      type: "police_presence",
      actor: "police",
      startDate: "2024-03-01",
      description: "Ny.",
    }),
    smuggle: async (w) => ({ sceneId: w.scene.B.id }),
    allowed: { A: ["analystA", "repA"], B: ["analystB", "repB"] },
  },
  updateInterventionAction: {
    prepare: async (w) => ({ A: (await addIntervention(w, "A")).id, B: (await addIntervention(w, "B")).id }),
    form: async (_w, _side, id) => ({ id, version: "1", type: "other", actor: "police", startDate: "2024-03-01", description: "Ändrad." }),
    smuggle: smuggleId,
    allowed: { A: ["analystA", "repA"], B: ["analystB", "repB"] },
  },
  evaluateInterventionAction: {
    prepare: async (w) => ({ A: (await addIntervention(w, "A")).id, B: (await addIntervention(w, "B")).id }),
    form: async (_w, _side, id) => ({ id, version: "1", effect: "positive", evaluation: "Färre klagomål." }),
    smuggle: smuggleId,
    allowed: { A: ["analystA", "repA"], B: ["analystB", "repB"] },
  },
  // What each intervention type means is described by an admin; a second type is the smuggled field.
  updateInterventionTypeDescriptionAction: {
    areaFree: true,
    form: async () => ({ type: "police_presence", version: "0", description: "Synlig närvaro kvällstid." }),
    smuggle: async () => ({ type: "drug_controls" }),
    allowed: adminOnly,
  },
  createUserAction: {
    areaFree: true,
    form: async () => userFields,
    smuggle: async () => ({ email: "andra.adressen@test.se" }),
    allowed: adminOnly,
  },
  updateUserAction: {
    areaFree: true,
    prepare: async (w) => ({ A: w.users.subject.id, B: w.users.steering.id }),
    form: async (w, _side, id) => ({ ...userFields, id, version: "1", email: w.users.subject.email }),
    smuggle: smuggleId,
    allowed: adminOnly,
  },
  setUserDisabledAction: {
    areaFree: true,
    prepare: async (w) => ({ A: w.users.subject.id, B: w.users.steering.id }),
    form: async (_w, _side, id) => ({ id, version: "1", disabled: "true" }),
    smuggle: smuggleId,
    allowed: adminOnly,
  },
  // Password lifecycle and sessions (lib/users, lib/account). An admin's reset and ending of
  // sessions concern another user; one's own password and sessions are anyone's who is signed in.
  resetPasswordAction: {
    areaFree: true,
    prepare: async (w) => ({ A: w.users.subject.id, B: w.users.steering.id }),
    form: async (_w, _side, id) => ({ id }),
    smuggle: smuggleId,
    allowed: adminOnly,
  },
  endUserSessionsAction: {
    areaFree: true,
    prepare: async (w) => ({ A: w.users.subject.id, B: w.users.steering.id }),
    form: async (_w, _side, id) => ({ id }),
    smuggle: smuggleId,
    allowed: adminOnly,
  },
  changePasswordAction: {
    areaFree: true,
    form: async () => ({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }),
    smuggle: async () => ({ newPassword: "ett annat nytt lösenord" }),
    allowed: everyone,
  },
  endOtherSessionsAction: {
    areaFree: true,
    form: async () => ({}),
    // No input to smuggle a second value into: a field it does not take is refused.
    smuggle: async () => ({ userId: "someone-else" }),
    allowed: everyone,
  },
  // One's own notifications and e-mail setting: whose, is who posts (no id in the form).
  markAllNotificationsReadAction: {
    areaFree: true,
    form: async () => ({}),
    smuggle: async () => ({ userId: "someone-else" }),
    allowed: everyone,
  },
  updateEmailPreferenceAction: {
    areaFree: true,
    form: async () => ({}),
    smuggle: async () => ({ userId: "someone-else" }),
    allowed: everyone,
  },
  // Tokens: everyone makes their own (no owner in the form: a second name is the smuggled field);
  // the owner and the admins revoke.
  createTokenAction: {
    areaFree: true,
    form: async () => ({ name: "Power BI", expiresOn: addDays(stockholmDay(new Date()), 90), scope: "STATS" }),
    smuggle: async () => ({ name: "Någon annans" }),
    allowed: { A: everyoneSignedIn, B: everyoneSignedIn },
  },
  "revokeTokenAction (a steering member's)": revokeToken("steering"),
  "revokeTokenAction (an analyst's)": revokeToken("analystA"),
  resetSecondFactorAction: {
    areaFree: true,
    prepare: async (w) => {
      const enable = (id: string) => db.user.update({ where: { id }, data: { totpSecret: "sealed", totpEnabledAt: new Date() } });
      await enable(w.users.subject.id);
      await enable(w.users.steering.id);
      return { A: w.users.subject.id, B: w.users.steering.id };
    },
    form: async (_w, _side, id) => ({ id, confirm: "yes" }),
    smuggle: smuggleId,
    allowed: adminOnly,
  },
  // The yearly round is the county's: only an admin opens, extends or closes it.
  openRoundAction: {
    areaFree: true,
    form: async () => ({ year: String(YEAR), deadline: "2999-01-31" }),
    smuggle: async () => ({ year: String(YEAR - 1) }),
    allowed: adminOnly,
  },
  extendRoundAction: {
    areaFree: true,
    prepare: openedRound,
    form: async (_w, _side, year) => ({ year, version: "1", deadline: "2999-06-30" }),
    smuggle: async () => ({ year: String(YEAR - 1) }),
    allowed: adminOnly,
  },
  closeRoundAction: {
    areaFree: true,
    prepare: openedRound,
    form: async (_w, _side, year) => ({ year, version: "1", intent: "close" }),
    smuggle: async () => ({ intent: "reopen" }),
    allowed: adminOnly,
  },
  // The questionnaire (lib/assessments/questionnaire): administrators only, whatever the year.
  prepareQuestionnaireAction: {
    areaFree: true,
    prepare: async () => {
      await db.questionnaireVersion.deleteMany({ where: { year: { gt: YEAR } } });
      return { A: String(YEAR + 1), B: String(YEAR + 1) };
    },
    form: async (_w, _side, year) => ({ year }),
    smuggle: async () => ({ year: String(YEAR) }),
    allowed: adminOnly,
  },
  publishQuestionnaireAction: questionnaireEdit({}),
  addQuestionAction: questionnaireEdit({ section: "site", kind: "text", code: "lighting_notes", label: "Belysning", options: "" }),
  addOptionAction: questionnaireEdit({ question: "symptoms", code: "near_school", label: "Nära skola" }),
  renameQuestionAction: questionnaireEdit({ question: "symptoms", label: "Problem på platsen" }),
  renameOptionAction: questionnaireEdit({ question: "symptoms", option: "unsafe", label: "Otrygg plats" }),
  retireOptionAction: questionnaireEdit({ question: "symptoms", option: "tolerance_zone", retired: "true" }),
  setQuestionRequiredAction: questionnaireEdit({ question: "adjoins", required: "true" }),
  previewQuestionnaireAction: {
    areaFree: true,
    prepare: nextYearDraft,
    form: async (_w, _side, year) => ({
      id: year,
      version: "1",
      intent: "save",
      municipalityCode: "0123",
      policeAreaId: await getPoliceAreaId("Järfälla"),
      districtId: "",
      extent: "",
    }),
    smuggle: async () => ({ id: String(YEAR) }),
    allowed: adminOnly,
  },
  importAction: {
    areaFree: true,
    form: async () => ({ file: importFile("import.json") }),
    smuggle: async () => ({ file: importFile("andra.json") }),
    allowed: adminOnly,
  },
};

/** Next year's version as a draft at version 1, for the questionnaire's actions to act on. */
async function nextYearDraft(): Promise<Record<Side, string>> {
  const current = await db.questionnaireVersion.findUniqueOrThrow({ where: { year: YEAR } });
  await db.questionnaireVersion.deleteMany({ where: { year: { gt: YEAR } } });
  const definition = { ...(current.definition as object), year: YEAR + 1 };
  await db.questionnaireVersion.create({ data: { year: YEAR + 1, definition } });
  return { A: String(YEAR + 1), B: String(YEAR + 1) };
}

/** An action on next year's draft: the form names the year and the version seen; a second year is smuggled. */
function questionnaireEdit(fields: Fields): Row {
  return {
    areaFree: true,
    prepare: nextYearDraft,
    form: async (_w, _side, year) => ({ year, version: "1", ...fields }),
    smuggle: async () => ({ year: String(YEAR) }),
    allowed: adminOnly,
  };
}

function importFile(name: string): File {
  const json = { format: "oppna-drogscener/import-v1", scenes: [] };
  return new File([JSON.stringify(json)], name, { type: "application/json" });
}
