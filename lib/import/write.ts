import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { getAssessmentSnapshot } from "@/lib/assessments/snapshot";
import { recordAuditEvent, type Actor } from "@/lib/audit/record";
import { getSceneSnapshot } from "@/lib/scenes/mutations";
import { countedColumns } from "./answers";
import type { ExistingScene } from "./queries";
import type { PlannedAssessment, PlannedScene } from "./validate";

// Writes one planned scene and its assessments, inside the import's transaction. A record equal to
// what is stored is left alone (no write, no audit event): importing a file twice changes nothing.

type Tx = Prisma.TransactionClient;
type ExistingAssessment = ExistingScene["assessments"][number];

export type Outcome = "created" | "updated" | "unchanged";
/** Who the imported signatures name: the importing user, or the command line. */
export type Signer = { userId: string; userName: string; role: Role };
export type WriteContext = { tx: Tx; actor: Actor; signer: Signer; comment: string; now: Date };

const json = (value: unknown) => value as Prisma.InputJsonObject;

/** JSON with sorted keys: jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const same = (a: Record<string, unknown>, b: Record<string, unknown>, keys: string[]) =>
  keys.every((k) => canonical(a[k]) === canonical(b[k]));

const SCENE_FIELDS = [
  "name",
  "description",
  "municipalityCode",
  "policeAreaId",
  "districtId",
  "lat",
  "lng",
  "extent",
  "areaM2",
  "firstYear",
  "status",
  "lastYear",
];
const ASSESSMENT_FIELDS = ["status", "answers", "extent", "areaM2", "municipalityCode", "policeAreaId", "districtId"];

function sceneColumns(s: PlannedScene) {
  const { name, description, municipalityCode, policeAreaId, districtId, lat, lng, firstYear, status, lastYear } = s;
  return {
    name,
    description,
    municipalityCode,
    policeAreaId,
    districtId,
    lat,
    lng,
    extent: s.extent?.polygon ?? null,
    areaM2: s.extent?.areaM2 ?? null,
    firstYear,
    status,
    lastYear,
  };
}

function assessmentColumns(a: PlannedAssessment) {
  const { status, answers, municipalityCode, policeAreaId, districtId } = a;
  return {
    status,
    answers,
    extent: a.extent?.polygon ?? null,
    areaM2: a.extent?.areaM2 ?? null,
    municipalityCode,
    policeAreaId,
    districtId,
  };
}

const SIGNATURES: Record<PlannedAssessment["status"], ("SUBMITTED" | "COSIGNED" | "RETURNED")[]> = {
  DRAFT: [],
  SUBMITTED: ["SUBMITTED"],
  COSIGNED: ["SUBMITTED", "COSIGNED"],
  RETURNED: ["SUBMITTED", "RETURNED"],
};

/** The decisions the status implies, marked as imported (not signed in this application). */
async function createImportedSignatures(ctx: WriteContext, assessmentId: string, status: PlannedAssessment["status"]) {
  const data = SIGNATURES[status].map((decision, i) => ({
    assessmentId,
    ...ctx.signer,
    decision,
    imported: true,
    // A millisecond apart, so that the history lists them in the order they were made.
    at: new Date(ctx.now.getTime() + i),
  }));
  if (data.length) await ctx.tx.assessmentSignature.createMany({ data });
}

function statusDates(ctx: WriteContext, status: PlannedAssessment["status"]) {
  return { submittedAt: status === "DRAFT" ? null : ctx.now, cosignedAt: status === "COSIGNED" ? ctx.now : null };
}

async function importAssessment(
  ctx: WriteContext,
  sceneId: string,
  planned: PlannedAssessment,
  existing: ExistingAssessment | undefined,
): Promise<Outcome> {
  const columns = assessmentColumns(planned);
  if (existing && same(existing, columns, ASSESSMENT_FIELDS)) return "unchanged";
  const data = {
    ...columns,
    answers: json(columns.answers),
    ...countedColumns(planned.answers),
    extent: columns.extent ? json(columns.extent) : Prisma.DbNull,
  };
  const { tx } = ctx;
  let id: string;
  let before = null;
  if (!existing) {
    id = (
      await tx.assessment.create({
        data: { ...data, sceneId, year: planned.year, ...statusDates(ctx, planned.status) },
        select: { id: true },
      })
    ).id;
    await createImportedSignatures(ctx, id, planned.status);
  } else {
    id = existing.id;
    before = await getAssessmentSnapshot(tx, id);
    const statusChanged = existing.status !== planned.status;
    await tx.assessment.update({
      where: { id },
      data: { ...data, version: { increment: 1 }, ...(statusChanged ? statusDates(ctx, planned.status) : {}) },
    });
    if (statusChanged) {
      await tx.assessmentSignature.deleteMany({ where: { assessmentId: id, imported: true } });
      await createImportedSignatures(ctx, id, planned.status);
    }
  }
  const after = (await getAssessmentSnapshot(tx, id))!;
  await recordAuditEvent(tx, ctx.actor, {
    type: "assessment.imported",
    entityType: "assessment",
    entityId: id,
    before,
    after,
    comment: ctx.comment,
  });
  return existing ? "updated" : "created";
}

/** Imported scenes keep their reference, and still take a number from the sequence. */
async function nextSceneNumber(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"Scene"', 'number')) AS n`;
  return Number(row!.n);
}

async function writeScene(
  ctx: WriteContext,
  planned: PlannedScene,
  existing: ExistingScene | undefined,
): Promise<{ id: string; outcome: Outcome }> {
  const columns = sceneColumns(planned);
  if (existing && same(existing, columns, SCENE_FIELDS)) return { id: existing.id, outcome: "unchanged" };
  const data = { ...columns, extent: columns.extent ? json(columns.extent) : Prisma.DbNull };
  const { tx } = ctx;
  let id: string;
  let before = null;
  if (!existing) {
    id = (await tx.scene.create({ data: { ...data, ref: planned.ref, number: await nextSceneNumber(tx) }, select: { id: true } })).id;
  } else {
    id = existing.id;
    before = await getSceneSnapshot(tx, id);
    await tx.scene.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  }
  const after = (await getSceneSnapshot(tx, id))!;
  await recordAuditEvent(tx, ctx.actor, { type: "scene.imported", entityType: "scene", entityId: id, before, after, comment: ctx.comment });
  return { id, outcome: existing ? "updated" : "created" };
}

/** Writes a scene and its assessments; answers what happened to each. */
export async function importScene(
  ctx: WriteContext,
  planned: PlannedScene,
  existing: ExistingScene | undefined,
): Promise<{ scene: Outcome; assessments: Outcome[] }> {
  const { id, outcome } = await writeScene(ctx, planned, existing);
  const assessments: Outcome[] = [];
  for (const assessment of planned.assessments) {
    const stored = existing?.assessments.find((a) => a.year === assessment.year);
    assessments.push(await importAssessment(ctx, id, assessment, stored));
  }
  return { scene: outcome, assessments };
}
