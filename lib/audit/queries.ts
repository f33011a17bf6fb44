import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { listFilterOptions } from "@/lib/areas/queries";
import { listQuestions, questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { interventionTypeLabel } from "@/lib/interventions/labels";
import type { AuditLabels } from "./describe";
import { AUDIT_PAGE_SIZE, type AuditFilters, type EntityType } from "./schemas";
import { stockholmDayStart } from "./time";

// Reads of the audit log, for admins (the log page) and for the history pages of a record. The
// callers authorize: this module does not know who asks.

/** What an event was about, in words a reader recognises, or null when the record is gone. */
export type EntityLabel =
  | { entityType: "scene"; ref: string; name: string }
  | { entityType: "user"; id: string; email: string; name: string }
  | { entityType: "assessment"; sceneRef: string; year: number }
  | { entityType: "intervention_type"; code: string; label: string };

/** One event of a record's history: plain data for components/audit/entity-history. */
export type EntityHistoryRow = {
  id: string;
  at: Date;
  actorEmail: string | null;
  /** The actor's name as their account has it now; null for the system or a removed account. */
  actorName: string | null;
  /** The actor's role as their account has it now; null as for the name. */
  actorRole: Role | null;
  type: string;
  before: unknown;
  after: unknown;
  comment: string | null;
};

/** One row of the log: a history row that also names its record. */
export type AuditLogRow = EntityHistoryRow & { entityType: string; entityId: string; entity: EntityLabel | null };

const eventSelect = {
  id: true,
  at: true,
  actorId: true,
  actorEmail: true,
  type: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  comment: true,
} as const satisfies Prisma.AuditEventSelect;

type EventRecord = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

type Actor = { name: string; role: Role };

function toHistoryRow(event: EventRecord, actors: Map<string, Actor>): EntityHistoryRow {
  const actor = event.actorId ? actors.get(event.actorId) : undefined;
  // The id is a BigInt, which neither JSON nor a React key takes.
  return {
    id: event.id.toString(),
    at: event.at,
    actorEmail: event.actorEmail,
    actorName: actor?.name ?? null,
    actorRole: actor?.role ?? null,
    type: event.type,
    before: event.before,
    after: event.after,
    comment: event.comment,
  };
}

function filterWhere(f: Partial<AuditFilters>): Prisma.AuditEventWhereInput {
  return {
    actorEmail: f.actor,
    entityType: f.entityType,
    type: f.type,
    // Days are Swedish days; `to` is inclusive, so the bound is the start of the day after.
    at:
      f.from || f.to
        ? { gte: f.from ? stockholmDayStart(f.from) : undefined, lt: f.to ? stockholmDayStart(f.to, 1) : undefined }
        : undefined,
  };
}

/** Newest first; the id breaks ties between events of one transaction. */
const newestFirst = [{ at: "desc" }, { id: "desc" }] satisfies Prisma.AuditEventOrderByWithRelationInput[];

/** The page's events, newest first. */
export async function listAuditEvents(filters: AuditFilters): Promise<{ rows: AuditLogRow[]; total: number; pages: number }> {
  const where = filterWhere(filters);
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: eventSelect,
      orderBy: newestFirst,
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { rows: await toLogRows(events), total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/**
 * Every event the filters match, newest first, in batches (for the CSV, which holds them all):
 * the count and the batches stop at the newest event there was when asked, so that the count is
 * exact even while the log grows (it is append-only).
 */
export async function listAllAuditEvents(filters: Partial<AuditFilters>, batchSize = 500) {
  const { _max } = await db.auditEvent.aggregate({ _max: { id: true } });
  const where = { ...filterWhere(filters), id: { lte: _max.id ?? 0n } };
  const total = await db.auditEvent.count({ where });
  async function* batches(): AsyncGenerator<AuditLogRow[]> {
    let cursor: bigint | undefined;
    for (;;) {
      const events = await db.auditEvent.findMany({
        where,
        select: eventSelect,
        orderBy: newestFirst,
        take: batchSize,
        ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
      });
      if (!events.length) return;
      yield toLogRows(events);
      cursor = events.at(-1)!.id;
      if (events.length < batchSize) return;
    }
  }
  return { total, batches: batches() };
}

async function toLogRows(events: EventRecord[]): Promise<AuditLogRow[]> {
  const [labels, actors] = await Promise.all([listEntityLabels(events), listActors(events)]);
  return events.map((event) => ({
    ...toHistoryRow(event, actors),
    entityType: event.entityType,
    entityId: event.entityId,
    entity: labels.get(labelKey(event.entityType, event.entityId)) ?? null,
  }));
}

/** The names and roles of the events' actors, by id, in one query. */
async function listActors(events: EventRecord[]): Promise<Map<string, Actor>> {
  const ids = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, role: true } }) : [];
  return new Map(users.map((u) => [u.id, { name: u.name, role: u.role }]));
}

const labelKey = (entityType: string, id: string) => `${entityType}:${id}`;

function idsOf(events: EventRecord[], entityType: EntityType): string[] {
  return [...new Set(events.filter((e) => e.entityType === entityType).map((e) => e.entityId))];
}

/** The labels of a page's records: one query per entity type, never one per row. */
async function listEntityLabels(events: EventRecord[]): Promise<Map<string, EntityLabel>> {
  const [sceneIds, userIds, assessmentIds] = [idsOf(events, "scene"), idsOf(events, "user"), idsOf(events, "assessment")];
  const [scenes, users, assessments] = await Promise.all([
    sceneIds.length ? db.scene.findMany({ where: { id: { in: sceneIds } }, select: { id: true, ref: true, name: true } }) : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }) : [],
    assessmentIds.length
      ? db.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, year: true, scene: { select: { ref: true } } } })
      : [],
  ]);
  const labels = new Map<string, EntityLabel>();
  for (const s of scenes) labels.set(labelKey("scene", s.id), { entityType: "scene", ref: s.ref, name: s.name });
  for (const u of users) labels.set(labelKey("user", u.id), { entityType: "user", id: u.id, email: u.email, name: u.name });
  for (const a of assessments) labels.set(labelKey("assessment", a.id), { entityType: "assessment", sceneRef: a.scene.ref, year: a.year });
  // A type is a code, not a row: its label is the code's own.
  for (const code of idsOf(events, "intervention_type"))
    labels.set(labelKey("intervention_type", code), { entityType: "intervention_type", code, label: interventionTypeLabel(code) });
  return labels;
}

/** Every event of one record, oldest first: the record's history. */
export async function listEntityHistory(entityType: EntityType, entityId: string): Promise<EntityHistoryRow[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType, entityId },
    select: eventSelect,
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const actors = await listActors(events);
  return events.map((event) => toHistoryRow(event, actors));
}

/** Everyone who has an event in the log, for the person filter (grouped in SQL), with their name. */
export async function listAuditActors(): Promise<{ email: string; name: string | null }[]> {
  const groups = await db.auditEvent.groupBy({ by: ["actorEmail"], where: { actorEmail: { not: null } }, orderBy: { actorEmail: "asc" } });
  const emails = groups.flatMap((g) => (g.actorEmail ? [g.actorEmail] : []));
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } });
  const names = new Map(users.map((u) => [u.email, u.name]));
  return emails.map((email) => ({ email, name: names.get(email) ?? null }));
}

/**
 * Words for the ids and codes in snapshots, so a change reads "Järva → Rinkeby", not two cuids:
 * reference data, people (by id and by e-mail), tokens, and the questions by code (the newest
 * questionnaire's label where the wording changed between years).
 */
export async function listAuditLabels(): Promise<AuditLabels> {
  const [{ municipalities, policeAreas, districts }, users, tokens, questionnaires] = await Promise.all([
    listFilterOptions(),
    db.user.findMany({ select: { id: true, email: true, name: true } }),
    db.personalAccessToken.findMany({ select: { id: true, name: true } }),
    db.questionnaireVersion.findMany({ select: { definition: true }, orderBy: { year: "asc" } }),
  ]);
  const questions: Record<string, string> = {};
  for (const { definition } of questionnaires) {
    const parsed = questionnaireSchema.safeParse(definition);
    if (parsed.success) for (const q of listQuestions(parsed.data)) questions[q.code] = q.label;
  }
  const names = Object.fromEntries([
    ...municipalities.map((m) => [m.code, m.name]),
    ...policeAreas.map((a) => [a.id, a.name]),
    ...districts.map((d) => [d.id, d.name]),
    ...users.flatMap((u) => [
      [u.id, u.name],
      [u.email, u.name],
    ]),
    ...tokens.map((token) => [token.id, token.name]),
  ]) as Record<string, string>;
  return { names, questions };
}
