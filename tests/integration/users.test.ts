import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, currentUser, formData, getPoliceAreaId, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createUserAction, setUserDisabledAction, updateUserAction } = await import("@/lib/users/actions");

const idle = { ok: false };

beforeEach(resetDatabase);

async function newAnalystForm() {
  return {
    name: "Ny Analytiker",
    email: "Ny.Analytiker@Polisen.se",
    role: "POLICE_ANALYST",
    municipalityCode: "",
    policeAreaIds: [await getPoliceAreaId("Järva")],
    password: "",
  };
}

describe("createUserAction", () => {
  it("creates the user with its scope and a one-time password, and audits it in the same change", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    const state = await createUserAction(idle, formData(await newAnalystForm()));
    expect(state.ok).toBe(true);
    expect(state).toMatchObject({ message: "Användaren har skapats.", oneTimePassword: expect.stringMatching(/^\S{16}$/) });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ny.analytiker@polisen.se" }, include: { policeAreas: true } });
    expect(user.role).toBe("POLICE_ANALYST");
    expect(user.mustChangePassword).toBe(true);
    expect(user.policeAreas).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(events).toMatchObject([
      { type: "user.created", actorId: admin.id, before: null, after: { role: "POLICE_ANALYST", email: "ny.analytiker@polisen.se" } },
    ]);
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)("refuses a %s on the server and writes nothing", async (role) => {
    signInAs(await createTestUser(role, { policeAreas: ["Järva"], municipalityCode: "0180" }));
    const state = await createUserAction(idle, formData({ ...(await newAnalystForm()), role: "ADMIN" }));
    expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect(await db.user.count({ where: { email: "ny.analytiker@polisen.se" } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses an anonymous caller", async () => {
    signInAs(null);
    const state = await createUserAction(idle, formData(await newAnalystForm()));
    expect(state).toMatchObject({ ok: false, formError: "Du måste vara inloggad." });
    expect(await db.user.count()).toBe(0);
  });

  it("answers bad input with messages at the fields, echoes the input but not the password, writes nothing", async () => {
    signInAs(await createTestUser("ADMIN"));
    const state = await createUserAction(
      idle,
      formData({ name: "", email: "inte-en-adress", role: "POLICE_ANALYST", municipalityCode: "", password: "kort" }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({
      name: ["Ange ett namn."],
      email: ["Ange en giltig e-postadress."],
      policeAreaIds: ["Välj minst ett lokalpolisområde för en polisanalytiker."],
      password: ["Lösenordet måste ha minst 10 tecken."],
    });
    expect(state.values).toMatchObject({ email: "inte-en-adress", role: "POLICE_ANALYST" });
    expect(state.values).not.toHaveProperty("password");
    expect(await db.user.count()).toBe(1);
  });

  it("refuses an address that is taken and a municipality that does not exist", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    const taken = await createUserAction(idle, formData({ ...(await newAnalystForm()), email: admin.email }));
    expect(taken.fieldErrors?.email).toEqual(["Det finns redan en användare med den e-postadressen."]);
    const unknown = await createUserAction(
      idle,
      formData({ ...(await newAnalystForm()), role: "MUNICIPAL_REP", municipalityCode: "9999" }),
    );
    expect(unknown.fieldErrors?.municipalityCode).toEqual(["Okänd kommun."]);
    expect(await db.user.count()).toBe(1);
  });
});

describe("updateUserAction", () => {
  async function editForm(id: string, version: number, changes: Record<string, string | string[]> = {}) {
    const user = await db.user.findUniqueOrThrow({ where: { id }, include: { policeAreas: true } });
    const policeAreaIds = user.policeAreas.map((p) => p.policeAreaId);
    return formData({
      id,
      version: String(version),
      name: user.name,
      email: user.email,
      role: user.role,
      municipalityCode: user.municipalityCode ?? "",
      policeAreaIds,
      ...changes,
    });
  }

  it("changes the role and scope, ends the user's sessions, and audits before and after", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    signInAs(admin);
    const state = await updateUserAction(idle, await editForm(analyst.id, 1, { role: "MUNICIPAL_REP", municipalityCode: "0123" }));
    expect(state).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: analyst.id }, include: { policeAreas: true } });
    expect(after).toMatchObject({ role: "MUNICIPAL_REP", municipalityCode: "0123", sessionVersion: 2, version: 2 });
    expect(after.policeAreas).toHaveLength(0);
    const [event] = await db.auditEvent.findMany({ where: { entityId: analyst.id } });
    expect(event).toMatchObject({
      type: "user.updated",
      before: { role: "POLICE_ANALYST" },
      after: { role: "MUNICIPAL_REP", municipalityCode: "0123" },
    });
  });

  it("refuses a stale version with a conflict and keeps the stored data", async () => {
    const admin = await createTestUser("ADMIN");
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    signInAs(admin);
    expect((await updateUserAction(idle, await editForm(analyst.id, 1, { name: "Första" }))).ok).toBe(true);
    const second = await updateUserAction(idle, await editForm(analyst.id, 1, { name: "Andra" }));
    expect(second.ok).toBe(false);
    expect(second.formError).toMatch(/Någon annan har ändrat/);
    expect(second.values).toMatchObject({ name: "Andra" });
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).name).toBe("Första");
  });

  it("refuses a police analyst posting the action directly", async () => {
    const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järva"] });
    signInAs(analyst);
    const state = await updateUserAction(idle, await editForm(analyst.id, 1, { role: "ADMIN" }));
    expect(state).toMatchObject({ ok: false, formError: "Du har inte behörighet." });
    expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).role).toBe("POLICE_ANALYST");
  });

  it("does not let an admin remove their own admin role", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    const state = await updateUserAction(idle, await editForm(admin.id, 1, { role: "STEERING" }));
    expect(state.fieldErrors?.role).toEqual(["Du kan inte ta bort din egen administratörsroll."]);
  });
});

describe("setUserDisabledAction", () => {
  it("disables a user, ends their sessions and audits it", async () => {
    const admin = await createTestUser("ADMIN");
    const rep = await createTestUser("MUNICIPAL_REP", { municipalityCode: "0123" });
    signInAs(admin);
    const state = await setUserDisabledAction(idle, formData({ id: rep.id, version: "1", disabled: "true" }));
    expect(state.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: rep.id } });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(2);
    expect(await db.auditEvent.findMany({ where: { entityId: rep.id } })).toMatchObject([
      { type: "user.disabled", after: { disabled: true } },
    ]);
  });

  it.each(["POLICE_ANALYST", "MUNICIPAL_REP", "STEERING"] as const)("refuses a %s", async (role) => {
    const target = await createTestUser("ADMIN");
    signInAs(await createTestUser(role, { policeAreas: ["Järfälla"], municipalityCode: "0123" }));
    const state = await setUserDisabledAction(idle, formData({ id: target.id, version: "1", disabled: "true" }));
    expect(state.ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
  });

  it("does not let an admin disable themselves", async () => {
    const admin = await createTestUser("ADMIN");
    signInAs(admin);
    const state = await setUserDisabledAction(idle, formData({ id: admin.id, version: "1", disabled: "true" }));
    expect(state.formError).toBe("Du kan inte inaktivera ditt eget konto.");
  });
});
