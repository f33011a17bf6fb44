import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { questionnaireSchema, findQuestion } from "@/lib/assessments/questionnaire/definition";
import { ensureQuestionnaire, getQuestionnaire } from "@/lib/assessments/questionnaire/queries";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { describeChanges } from "@/lib/audit/describe";
import { createTestUser, currentUser, formData, signInAs } from "./helpers";
import { NEXT, YEAR, redirectOf, restoreSeededVersions, storedVersion } from "./questionnaire-fixtures";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const actions = await import("@/lib/assessments/questionnaire/actions");
const { addOptionAction, addQuestionAction, prepareQuestionnaireAction, publishQuestionnaireAction, renameQuestionAction } = actions;
const { retireOptionAction, setQuestionRequiredAction } = actions;

// Preparing next year's questionnaire, changing it and publishing it, against the real database:
// who may, from which version, and when a version is frozen. Each test starts from the seeded
// versions (./questionnaire-fixtures.ts).

const idle = { ok: false };

beforeEach(restoreSeededVersions);
afterAll(restoreSeededVersions);

async function prepared(admin: SessionUser, year = NEXT) {
  signInAs(admin);
  expect(await redirectOf(prepareQuestionnaireAction(idle, formData({ year: String(year) })))).toContain(
    `/admin/formular/${year}?notice=questionnaire-prepared`,
  );
  return db.questionnaireVersion.findUniqueOrThrow({ where: { year } });
}

const stored = storedVersion;
const nearSchool = (version: number, year = NEXT) => ({
  year: String(year),
  version: String(version),
  question: "symptoms",
  code: "near_school",
  label: "Nära skola",
});

describe("preparing next year", () => {
  it("makes a draft copy of the latest published version, on record", async () => {
    const admin = await createTestUser("ADMIN");
    const draft = await prepared(admin);
    expect(draft).toMatchObject({ publishedAt: null, version: 1 });
    expect(questionnaireSchema.parse(draft.definition)).toEqual(questionnaireSchema.parse(questionnaireVersion1(NEXT)));
    const [event] = await db.auditEvent.findMany({ where: { entityType: "questionnaire" } });
    expect(event).toMatchObject({
      type: "questionnaire.prepared",
      entityId: String(NEXT),
      actorId: admin.id,
      after: { year: NEXT, published: false, copiedFrom: YEAR },
    });
  });

  it("refuses a year that has a version, or that is not this year or next", async () => {
    const admin = await createTestUser("ADMIN");
    await prepared(admin);
    const again = await prepareQuestionnaireAction(idle, formData({ year: String(NEXT) }));
    expect(again).toMatchObject({ ok: false, formError: `Formuläret för ${NEXT} finns redan.` });
    const far = await prepareQuestionnaireAction(idle, formData({ year: String(NEXT + 1) }));
    expect(far).toMatchObject({ ok: false, fieldErrors: { year: [`Ange ett år mellan 2010 och ${NEXT}.`] } });
    expect(await db.auditEvent.count()).toBe(1);
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)("is refused to a %s on the server", async (role) => {
    signInAs(await createTestUser(role, { policeAreas: ["Järva"], municipalityCode: "0180" }));
    expect(await prepareQuestionnaireAction(idle, formData({ year: String(NEXT) }))).toMatchObject({
      ok: false,
      formError: "Du har inte behörighet.",
    });
    expect(await db.questionnaireVersion.count({ where: { year: NEXT } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("changing a version", () => {
  it("adds an option from the version the admin saw, bumps the version and logs the change in words", async () => {
    const admin = await createTestUser("ADMIN");
    await prepared(admin);
    const state = await addOptionAction(idle, formData(nearSchool(1)));
    expect(state).toMatchObject({ ok: true, message: "Ändringen har sparats." });
    const after = await stored();
    expect(after.version).toBe(2);
    const symptoms = findQuestion(questionnaireSchema.parse(after.definition), "symptoms");
    expect(symptoms && "options" in symptoms && symptoms.options.at(-1)).toEqual({ code: "near_school", label: "Nära skola" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "questionnaire.changed" } });
    expect(event).toMatchObject({ actorId: admin.id, entityId: String(NEXT) });
    expect(describeChanges(event.before, event.after)).toEqual([
      { key: "definition.0", label: "Nytt alternativ", value: "Symtom på platsen (symptoms): Nära skola (near_school): Nära skola" },
    ]);
  });

  it("refuses a stale version as a conflict, with the stored text beside the admin's, and writes nothing", async () => {
    await prepared(await createTestUser("ADMIN"));
    const rename = (label: string, version: string) =>
      renameQuestionAction(idle, formData({ year: String(NEXT), version, question: "symptoms", label }));
    expect(await rename("Problem på platsen", "1")).toMatchObject({ ok: true });
    const stale = await rename("Symtom", "1");
    expect(stale).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Någon annan har ändrat formuläret/),
      conflict: [{ label: "Text", stored: "Problem på platsen", submitted: "Symtom" }],
      values: { label: "Symtom" },
    });
    expect(await stored()).toMatchObject({ version: 2 });
    expect(await db.auditEvent.count({ where: { type: "questionnaire.changed" } })).toBe(1);
  });

  it("refuses a code that clashes with a message at the code field, keeps what was typed, writes nothing", async () => {
    await prepared(await createTestUser("ADMIN"));
    const state = await addOptionAction(idle, formData({ ...nearSchool(1), code: "unsafe", label: "Otrygg" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { code: ["Frågan har redan alternativet ”Platsen uppfattas som otrygg” med den koden."] },
      values: { code: "unsafe", label: "Otrygg" },
    });
    const question = await addQuestionAction(
      idle,
      formData({ year: String(NEXT), version: "1", section: "site", kind: "text", code: "partners", label: "Partner", options: "" }),
    );
    expect(question).toMatchObject({ fieldErrors: { code: ["Koden används redan av frågan ”Möjliga samverkanspartner i området”."] } });
    expect(await stored()).toMatchObject({ version: 1 });
    expect(await db.auditEvent.count({ where: { type: "questionnaire.changed" } })).toBe(0);
  });

  it("retires an option, marks a question required and adds a question, each a version of its own", async () => {
    await prepared(await createTestUser("ADMIN"));
    const base = { year: String(NEXT), question: "symptoms" };
    expect(await retireOptionAction(idle, formData({ ...base, version: "1", option: "tolerance_zone", retired: "true" }))).toMatchObject({
      ok: true,
    });
    expect(await setQuestionRequiredAction(idle, formData({ ...base, version: "2", question: "adjoins", required: "true" }))).toMatchObject(
      { ok: true },
    );
    const added = await addQuestionAction(
      idle,
      formData({
        year: String(NEXT),
        version: "3",
        section: "site",
        kind: "single",
        code: "lighting",
        label: "Belysning",
        required: "on",
        options: "good = God\npoor = Dålig",
      }),
    );
    expect(added).toMatchObject({ ok: true });
    const definition = questionnaireSchema.parse((await stored()).definition);
    expect(findQuestion(definition, "adjoins")).toMatchObject({ required: true });
    expect(findQuestion(definition, "lighting")).toMatchObject({
      kind: "single",
      required: true,
      options: [{ code: "good" }, { code: "poor" }],
    });
    expect(await stored()).toMatchObject({ version: 4 });
  });

  it("is refused to anyone but an admin on the server, whatever the form says", async () => {
    await prepared(await createTestUser("ADMIN"));
    for (const role of ["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const) {
      signInAs(await createTestUser(role, { policeAreas: ["Järva"], municipalityCode: "0180" }));
      expect(await addOptionAction(idle, formData(nearSchool(1)))).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    }
    signInAs(null);
    expect(await addOptionAction(idle, formData(nearSchool(1)))).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await stored()).toMatchObject({ version: 1 });
  });
});

describe("a version in use", () => {
  async function assessmentOf(year: number) {
    const area = await db.policeArea.findUniqueOrThrow({ where: { name: "Järfälla" } });
    const scene = await db.scene.create({
      data: {
        number: 1,
        ref: "Q-1",
        name: "Plats",
        municipalityCode: "0123",
        policeAreaId: area.id,
        lat: 59.42,
        lng: 17.83,
        firstYear: 2021,
      },
    });
    return db.assessment.create({
      data: { sceneId: scene.id, year, answers: {}, municipalityCode: "0123", policeAreaId: area.id },
    });
  }

  it("is frozen: this year's version, used by an assessment, refuses every change on the server", async () => {
    signInAs(await createTestUser("ADMIN"));
    await assessmentOf(YEAR);
    const before = await stored(YEAR);
    const state = await addOptionAction(idle, formData(nearSchool(before.version, YEAR)));
    expect(state).toMatchObject({
      ok: false,
      formError: `Formuläret för ${YEAR} används redan av bedömningar och kan inte ändras. Ändra nästa års formulär i stället.`,
    });
    expect(await stored(YEAR)).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("may change once published until an assessment uses it, and not after", async () => {
    const admin = await createTestUser("ADMIN");
    await prepared(admin);
    expect(await redirectOf(publishQuestionnaireAction(idle, formData({ year: String(NEXT), version: "1" })))).toContain(
      "notice=questionnaire-published",
    );
    expect(await stored()).toMatchObject({ publishedById: admin.id, version: 2, publishedAt: expect.any(Date) });
    expect(await addOptionAction(idle, formData(nearSchool(2)))).toMatchObject({ ok: true });
    await assessmentOf(NEXT);
    const frozen = await renameQuestionAction(idle, formData({ year: String(NEXT), version: "3", question: "symptoms", label: "Problem" }));
    expect(frozen).toMatchObject({ ok: false, formError: expect.stringMatching(/används redan av bedömningar/) });
    const events = await db.auditEvent.findMany({ where: { entityType: "questionnaire" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["questionnaire.prepared", "questionnaire.published", "questionnaire.changed"]);
  });

  it("publishes only from the version seen, and only once", async () => {
    await prepared(await createTestUser("ADMIN"));
    expect(await publishQuestionnaireAction(idle, formData({ year: String(NEXT), version: "7" }))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Någon annan har ändrat formuläret/),
    });
    expect(await stored()).toMatchObject({ publishedAt: null });
    await redirectOf(publishQuestionnaireAction(idle, formData({ year: String(NEXT), version: "1" })));
    expect(await publishQuestionnaireAction(idle, formData({ year: String(NEXT), version: "2" }))).toMatchObject({
      ok: false,
      formError: "Formuläret är redan publicerat.",
    });
  });
});

describe("a draft is never an analyst's form", () => {
  it("is not handed out: the published questionnaire of the year is null, and no assessment can be made with it", async () => {
    await prepared(await createTestUser("ADMIN"));
    expect(await getQuestionnaire(NEXT)).toBeNull();
    expect(await db.$transaction((tx) => ensureQuestionnaire(tx, NEXT))).toBeNull();
    expect(await db.questionnaireVersion.count({ where: { year: NEXT } })).toBe(1);
  });

  it("keeps next year's round closed until the version is published", async () => {
    const admin = await createTestUser("ADMIN");
    await prepared(admin);
    const { openRoundAction } = await import("@/lib/rounds/actions");
    const open = () => openRoundAction(idle, formData({ year: String(NEXT), deadline: `${NEXT}-03-31` }));
    expect(await open()).toMatchObject({
      ok: false,
      fieldErrors: { year: [`Frågeformuläret för ${NEXT} är ett utkast. Publicera det under Frågeformulär innan kartläggningen öppnas.`] },
    });
    expect(await db.assessmentRound.count()).toBe(0);
    await redirectOf(publishQuestionnaireAction(idle, formData({ year: String(NEXT), version: "1" })));
    await redirectOf(open());
    expect(await db.assessmentRound.count()).toBe(1);
  });

  it("copies and publishes the latest version for a year nobody prepared", async () => {
    const copy = await db.$transaction((tx) => ensureQuestionnaire(tx, NEXT));
    expect(copy).toMatchObject({ year: NEXT });
    expect(await stored()).toMatchObject({ publishedAt: expect.any(Date), publishedById: null });
  });
});
