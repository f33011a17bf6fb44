import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listFilterOptions } from "@/lib/areas/queries";
import { AUDIT_PAGE_SIZE, type AuditFilters, type EntityType } from "./schemas";
import { stockholmDayStart } from "./time";

// Reads of the audit log, for admins (the log page) and for the history pages of a record. The
// callers authorize: this module does not know who asks.

/** What an event was about, in words a reader recognises, or null when the record is gone. */
export type EntityLabel =
  | { entityType: "scene"; ref: string; name: string }
  | { entityType: "user"; id: string; email: string }
  | { entityType: "assessment"; sceneRef: string; year: number };

/** One event of a record's history: plain data for components/audit/entity-history. */
export type EntityHistoryRow = {
  id: string;
  at: Date;
  actorEmail: string | null;
  type: string;
  before: unknown;
  after: unknown;
  comment: string | null;
};

/** One row of the log: a history row that also names its record. */
export type AuditLogRow = EntityHistoryRow & { entityType: string; entityId: string; entity: EntityLabel | null };

/** Ids and codes of reference data (municipalities, LPOs, districts) by their names. */
export type ReferenceNames = Record<string, string>;

const eventSelect = {
  id: true,
  at: true,
  actorEmail: true,
  type: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  comment: true,
} as const satisfies Prisma.AuditEventSelect;

type EventRecord = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

function toHistoryRow(event: EventRecord): EntityHistoryRow {
  // The id is a BigInt, which neither JSON nor a React key takes.
  return {
    id: event.id.toString(),
    at: event.at,
    actorEmail: event.actorEmail,
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

/** The page's events, newest first (the id breaks ties between events of one transaction). */
export async function listAuditEvents(filters: AuditFilters): Promise<{ rows: AuditLogRow[]; total: number; pages: number }> {
  const where = filterWhere(filters);
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: eventSelect,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const labels = await listEntityLabels(events);
  const rows = events.map((event) => ({
    ...toHistoryRow(event),
    entityType: event.entityType,
    entityId: event.entityId,
    entity: labels.get(labelKey(event.entityType, event.entityId)) ?? null,
  }));
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
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
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }) : [],
    assessmentIds.length
      ? db.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, year: true, scene: { select: { ref: true } } } })
      : [],
  ]);
  const labels = new Map<string, EntityLabel>();
  for (const s of scenes) labels.set(labelKey("scene", s.id), { entityType: "scene", ref: s.ref, name: s.name });
  for (const u of users) labels.set(labelKey("user", u.id), { entityType: "user", id: u.id, email: u.email });
  for (const a of assessments) labels.set(labelKey("assessment", a.id), { entityType: "assessment", sceneRef: a.scene.ref, year: a.year });
  return labels;
}

/** Every event of one record, oldest first: the record's history. */
export async function listEntityHistory(entityType: EntityType, entityId: string): Promise<EntityHistoryRow[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType, entityId },
    select: eventSelect,
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return events.map(toHistoryRow);
}

/** Everyone who has an event in the log, for the person filter (grouped in SQL). */
export async function listAuditActors(): Promise<string[]> {
  const groups = await db.auditEvent.groupBy({ by: ["actorEmail"], where: { actorEmail: { not: null } }, orderBy: { actorEmail: "asc" } });
  return groups.flatMap((g) => (g.actorEmail ? [g.actorEmail] : []));
}

/** Names for the ids and codes in snapshots, so a change reads "Järva → Rinkeby", not two cuids. */
export async function listReferenceNames(): Promise<ReferenceNames> {
  const { municipalities, policeAreas, districts } = await listFilterOptions();
  return Object.fromEntries([
    ...municipalities.map((m) => [m.code, m.name]),
    ...policeAreas.map((a) => [a.id, a.name]),
    ...districts.map((d) => [d.id, d.name]),
  ]);
}
