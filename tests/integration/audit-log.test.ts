import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditActors, listAuditEvents, listEntityHistory } from "@/lib/audit/queries";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { createTestUser, getPoliceAreaId, resetDatabase } from "./helpers";
import { places } from "./scene-fixtures";

beforeEach(resetDatabase);

const filters = (query: Record<string, string> = {}) => auditFiltersSchema.parse(query);

async function createScene(ref: string, name: string) {
  const p = places.jakobsberg;
  return db.scene.create({
    data: {
      ref,
      name,
      municipalityCode: p.municipalityCode,
      policeAreaId: await getPoliceAreaId(p.policeArea),
      lat: p.lat,
      lng: p.lng,
      firstYear: 2023,
    },
  });
}

async function createAssessment(sceneId: string, year: number) {
  // The seed holds the questionnaires; the upsert only makes the test independent of its years.
  await db.questionnaireVersion.upsert({ where: { year }, create: { year, definition: {} }, update: {} });
  const scene = await db.scene.findUniqueOrThrow({ where: { id: sceneId } });
  return db.assessment.create({
    data: { sceneId, year, answers: {}, municipalityCode: scene.municipalityCode, policeAreaId: scene.policeAreaId },
  });
}

type EventInput = { at: string; type: string; entityType: string; entityId: string; actorEmail?: string | null; comment?: string };

function createEvent({ at, actorEmail = null, ...event }: EventInput) {
  return db.auditEvent.create({ data: { ...event, at: new Date(at), actorEmail, actorId: actorEmail ? `id-${actorEmail}` : null } });
}

/** A small log: two people and the system, three kinds of record, around a Swedish midnight. */
async function seedLog() {
  const admin = await createTestUser("ADMIN");
  const analyst = await createTestUser("POLICE_ANALYST", { policeAreas: ["Järfälla"] });
  const scene = await createScene("S-0042", "Torget i Jakobsberg");
  const assessment = await createAssessment(scene.id, 2025);
  await createEvent({
    at: "2026-01-10T09:00:00Z",
    type: "user.created",
    entityType: "user",
    entityId: analyst.id,
    actorEmail: admin.email,
  });
  await createEvent({
    at: "2026-01-11T10:00:00Z",
    type: "scene.created",
    entityType: "scene",
    entityId: scene.id,
    actorEmail: analyst.email,
  });
  // 00:30 on 12 January in Stockholm, still the 11th in UTC.
  await createEvent({
    at: "2026-01-11T23:30:00Z",
    type: "scene.updated",
    entityType: "scene",
    entityId: scene.id,
    actorEmail: analyst.email,
  });
  await createEvent({
    at: "2026-01-12T08:00:00Z",
    type: "assessment.created",
    entityType: "assessment",
    entityId: assessment.id,
    actorEmail: analyst.email,
  });
  await createEvent({
    at: "2026-01-13T08:00:00Z",
    type: "assessment.returned",
    entityType: "assessment",
    entityId: assessment.id,
    actorEmail: admin.email,
    comment: "Komplettera svaren.",
  });
  await createEvent({ at: "2026-01-14T08:00:00Z", type: "scene.closed", entityType: "scene", entityId: "borttagen-plats" });
  return { admin, analyst, scene, assessment };
}

const typesOf = (rows: { type: string }[]) => rows.map((r) => r.type);

describe("listAuditEvents", () => {
  it("lists every event newest first, with a label for each record that still exists", async () => {
    const { analyst, scene, assessment } = await seedLog();
    const { rows, total, pages } = await listAuditEvents(filters());
    expect(total).toBe(6);
    expect(pages).toBe(1);
    expect(typesOf(rows)).toEqual([
      "scene.closed",
      "assessment.returned",
      "assessment.created",
      "scene.updated",
      "scene.created",
      "user.created",
    ]);
    expect(rows[0]).toMatchObject({ actorEmail: null, entityId: "borttagen-plats", entity: null });
    expect(rows[1]).toMatchObject({
      entityId: assessment.id,
      comment: "Komplettera svaren.",
      entity: { entityType: "assessment", sceneRef: "S-0042", year: 2025 },
    });
    expect(rows[3]).toMatchObject({ entityId: scene.id, entity: { entityType: "scene", ref: "S-0042", name: "Torget i Jakobsberg" } });
    expect(rows[5]).toMatchObject({
      entityId: analyst.id,
      entity: { entityType: "user", id: analyst.id, email: analyst.email, name: analyst.name },
    });
    expect(typeof rows[0]?.id).toBe("string");
  });

  it("filters by person, event type and record type", async () => {
    const { admin, analyst } = await seedLog();
    expect(typesOf((await listAuditEvents(filters({ actor: admin.email }))).rows)).toEqual(["assessment.returned", "user.created"]);
    expect((await listAuditEvents(filters({ actor: analyst.email }))).total).toBe(3);
    expect(typesOf((await listAuditEvents(filters({ type: "scene.updated" }))).rows)).toEqual(["scene.updated"]);
    expect(typesOf((await listAuditEvents(filters({ entityType: "scene" }))).rows)).toEqual([
      "scene.closed",
      "scene.updated",
      "scene.created",
    ]);
    expect(typesOf((await listAuditEvents(filters({ entityType: "scene", actor: analyst.email }))).rows)).toEqual([
      "scene.updated",
      "scene.created",
    ]);
    expect((await listAuditEvents(filters({ actor: "ingen@test.se" }))).total).toBe(0);
  });

  it("filters by Swedish days, both bounds inclusive", async () => {
    await seedLog();
    expect(typesOf((await listAuditEvents(filters({ from: "2026-01-12", to: "2026-01-12" }))).rows)).toEqual([
      "assessment.created",
      "scene.updated",
    ]);
    expect(typesOf((await listAuditEvents(filters({ to: "2026-01-11" }))).rows)).toEqual(["scene.created", "user.created"]);
    expect(typesOf((await listAuditEvents(filters({ from: "2026-01-13" }))).rows)).toEqual(["scene.closed", "assessment.returned"]);
  });

  it("pages by 50, newest first, with events of the same instant in the order they were written", async () => {
    const at = new Date("2026-02-01T12:00:00Z");
    for (let i = 0; i < 53; i += 1) {
      await db.auditEvent.create({
        data: {
          at: i < 50 ? new Date(at.getTime() + (i + 1) * 60_000) : at,
          type: "scene.updated",
          entityType: "scene",
          entityId: `plats-${i}`,
        },
      });
    }
    const first = await listAuditEvents(filters());
    expect(first).toMatchObject({ total: 53, pages: 2 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.entityId).toBe("plats-49");
    const second = await listAuditEvents(filters({ page: "2" }));
    expect(second.rows.map((r) => r.entityId)).toEqual(["plats-52", "plats-51", "plats-50"]);
    expect((await listAuditEvents(filters({ page: "3" }))).rows).toEqual([]);
  });
});

describe("listEntityHistory", () => {
  it("lists one record's events oldest first, with who did them", async () => {
    const { analyst, scene } = await seedLog();
    const history = await listEntityHistory("scene", scene.id);
    expect(history).toMatchObject([
      { type: "scene.created", actorEmail: analyst.email },
      { type: "scene.updated", actorEmail: analyst.email },
    ]);
    expect(history[0]?.at).toEqual(new Date("2026-01-11T10:00:00Z"));
    expect(await listEntityHistory("assessment", scene.id)).toEqual([]);
  });

  it("carries the snapshots and the comment of each event", async () => {
    const { assessment } = await seedLog();
    await db.auditEvent.create({
      data: {
        at: new Date("2026-01-15T08:00:00Z"),
        type: "assessment.saved",
        entityType: "assessment",
        entityId: assessment.id,
        before: { answers: { q1: "ja" } },
        after: { answers: { q1: "nej" } },
      },
    });
    const history = await listEntityHistory("assessment", assessment.id);
    expect(typesOf(history)).toEqual(["assessment.created", "assessment.returned", "assessment.saved"]);
    expect(history[1]).toMatchObject({ comment: "Komplettera svaren.", before: null, after: null });
    expect(history[2]).toMatchObject({ before: { answers: { q1: "ja" } }, after: { answers: { q1: "nej" } }, comment: null });
  });
});

describe("listAuditActors", () => {
  it("lists each person with events once, in order, with their name, without the system", async () => {
    const { admin, analyst } = await seedLog();
    const expected = [admin, analyst].map(({ email, name }) => ({ email, name })).sort((a, b) => a.email.localeCompare(b.email));
    expect(await listAuditActors()).toEqual(expected);
  });
});
