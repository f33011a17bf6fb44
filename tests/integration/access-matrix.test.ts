import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { ACCESS_TABLE, PUBLIC_ACTIONS, type Row } from "./access-table";
import { createWorld, fingerprint, ROLES, type RoleName, type Side, type World } from "./access-world";
import { currentUser, signInAs } from "./helpers";

// Every server action × every role × (a record on side A, on side B, side A's own form with a
// second id or decision smuggled in for side B), from one table (./access-table.ts). An allowed
// cell is accepted; a refused cell is answered with an error and leaves every table as it was.

// Actions on one's own account read the session itself (lib/forms/session-action.ts).
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: currentUser,
  getSessionContext: async () => {
    const user = await currentUser();
    return user && { sessionId: "access-matrix-session", user, gate: null };
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// next-auth itself needs Next's runtime; every cell here stops before signing anyone in or out.
const notExpected = () => Promise.reject(new Error("next-auth is not called by the access matrix"));
vi.mock("@/lib/auth/auth", () => ({ signIn: notExpected, signOut: notExpected }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

type AnyAction = (...args: [unknown, FormData] | [FormData]) => Promise<unknown>;
const modules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts");
const actions: Record<string, AnyAction> = {};
for (const load of Object.values(modules)) {
  for (const [name, value] of Object.entries(await load())) if (typeof value === "function") actions[name] = value as AnyAction;
}
const actionName = (key: string) => key.split(" ")[0]!;
/** Actions posted as plain forms (no form state): they take the FormData alone. */
const PLAIN = new Set(["startAssessmentAction"]);

function toFormData(fields: Record<string, string | string[] | File>, extra: Record<string, string | string[] | File> = {}): FormData {
  const data = new FormData();
  for (const source of [fields, extra]) {
    for (const [key, value] of Object.entries(source)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** Accepted: a redirect to a success notice, or a form state that says ok. */
async function post(key: string, data: FormData): Promise<"allowed" | "refused"> {
  const action = actions[actionName(key)]!;
  try {
    const state = (await (PLAIN.has(actionName(key)) ? action(data) : action({ ok: false }, data))) as { ok?: boolean };
    return state?.ok ? "allowed" : "refused";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.includes("notice=") && !digest.includes("-not-") ? "allowed" : "refused";
  }
}

describe("the table", () => {
  it("has a row for every server action of the app", () => {
    const listed = new Set([...Object.keys(ACCESS_TABLE).map(actionName), ...Object.keys(PUBLIC_ACTIONS)]);
    expect(Object.keys(actions).filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !(name in actions))).toEqual([]);
  });
});

let world: World;
let ids: Record<Side, string>;
let dirty = true;
let preparedFor = "";

/** A fresh world after a cell that wrote, or for a new row; refused cells write nothing, so they share one. */
async function ready(key: string, row: Row) {
  if (!dirty && preparedFor === key) return;
  world = await createWorld();
  ids = row.prepare ? await row.prepare(world) : { A: world.scene.A.id, B: world.scene.B.id };
  dirty = false;
  preparedFor = key;
}

const userOf = (role: RoleName): SessionUser | null => (role === "nobody" ? null : world.users[role]);

describe.each(Object.entries(ACCESS_TABLE))("%s", (key, row) => {
  const cases: [string, Side, boolean][] = [
    ["its own side A", "A", false],
    ["side A with side B smuggled in", "A", true],
  ];
  if (!row.areaFree) cases.splice(1, 0, ["side B", "B", false]);

  describe.each(cases)("on %s", (_label, side, smuggled) => {
    it.each([...ROLES])("as %s", async (role) => {
      await ready(key, row);
      signInAs(userOf(role));
      const form = await row.form(world, side, ids[side]);
      const data = toFormData(form, smuggled ? await row.smuggle(world, ids) : {});
      const expected = !smuggled && row.allowed[side].includes(role) ? "allowed" : "refused";
      const before = await fingerprint();
      expect(await post(key, data)).toBe(expected);
      if (expected === "refused") expect(await fingerprint()).toBe(before);
      else dirty = true;
    });
  });
});

describe("signing in", () => {
  it("refuses a form with the e-mail address sent twice, before trying either", async () => {
    const { loginAction } = (await import("@/lib/auth/actions")) as unknown as { loginAction: AnyAction };
    const data = toFormData({ email: ["a@test.se", "b@test.se"], password: "fel-lösenord-123" });
    expect(await loginAction({ ok: false }, data)).toMatchObject({ ok: false, formError: expect.stringMatching(/mer än en gång/) });
  });

  it("sends nobody to a provider the installation has not configured, or to one of two named", async () => {
    const { oidcSignInAction } = (await import("@/lib/auth/actions")) as unknown as { oidcSignInAction: AnyAction };
    expect(await oidcSignInAction({ ok: false }, toFormData({ provider: "evil" }))).toMatchObject({
      ok: false,
      formError: "Inloggningssättet finns inte. Ladda om sidan och försök igen.",
    });
    expect(await oidcSignInAction({ ok: false }, toFormData({ provider: ["evil", "other"] }))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/mer än en gång/),
    });
  });
});

afterAll(async () => {
  currentUser.mockReset();
  // The questionnaire's rows leave next year's draft behind: the other files start from the seeded years.
  await db.questionnaireVersion.deleteMany({ where: { year: { gt: new Date().getFullYear() } } });
});
beforeAll(() => currentUser.mockReset());
