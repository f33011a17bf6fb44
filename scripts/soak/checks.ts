import pg from "pg";
import { isDeepStrictEqual } from "node:util";
import type { SessionUser } from "@/lib/auth/permissions";
import { computeDashboard, getDashboard } from "@/lib/stats/dashboard";
import type { ChangeKind, Ledger } from "./ledger";

// After the run, what the database holds against what the clients were told: every acknowledged
// change is there with its audit event, every change has exactly one event (the version counts
// the changes), no submission got two decisions, and the figures served equal the figures
// recomputed from scratch by the counting rules.

const EVENT: Record<ChangeKind, string> = {
  save: "assessment.saved",
  submit: "assessment.submitted",
  cosign: "assessment.cosigned",
  return: "assessment.returned",
};
const DECISIONS = [EVENT.cosign, EVENT.return];

export type Baseline = { versions: Map<string, number>; lastEventId: bigint };

export async function readBaseline(databaseUrl: string, ids: string[]): Promise<Baseline> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; version: number }>(`SELECT id, version FROM "Assessment" WHERE id = ANY($1)`, [ids]);
    const { rows: last } = await client.query<{ id: string | null }>(`SELECT max(id)::text AS id FROM "AuditEvent"`);
    return { versions: new Map(rows.map((r) => [r.id, r.version])), lastEventId: BigInt(last[0]?.id ?? 0) };
  } finally {
    await client.end();
  }
}

type Row = { id: string; version: number; types: string[] | null; signatures: number };

async function readAfter(databaseUrl: string, baseline: Baseline): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(
      `SELECT a.id, a.version,
              (SELECT array_agg(e.type ORDER BY e.id) FROM "AuditEvent" e
                WHERE e."entityType" = 'assessment' AND e."entityId" = a.id AND e.id > $2 AND e.type = ANY($3)) AS types,
              (SELECT count(*)::int FROM "AssessmentSignature" s
                WHERE s."assessmentId" = a.id AND s.decision IN ('SUBMITTED', 'COSIGNED', 'RETURNED')) AS signatures
       FROM "Assessment" a WHERE a.id = ANY($1)`,
      [[...baseline.versions.keys()], baseline.lastEventId.toString(), Object.values(EVENT)],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Decisions out of turn: a decision with no submission before it since the last decision. */
export function countDecisionsOutOfTurn(types: string[]): number {
  let waiting = false;
  let outOfTurn = 0;
  for (const type of types) {
    if (type === EVENT.submit) waiting = true;
    else if (DECISIONS.includes(type)) {
      if (!waiting) outOfTurn++;
      waiting = false;
    }
  }
  return outOfTurn;
}

function checkAssessment(row: Row, before: number, acknowledged: ChangeKind[]): string[] {
  const types = row.types ?? [];
  const findings: string[] = [];
  if (types.length !== row.version - before)
    findings.push(`${row.id}: ${row.version - before} changes (version) but ${types.length} audit events`);
  for (const kind of Object.keys(EVENT) as ChangeKind[]) {
    const told = acknowledged.filter((k) => k === kind).length;
    const stored = types.filter((t) => t === EVENT[kind]).length;
    if (stored < told) findings.push(`${row.id}: ${told} acknowledged ${kind} but ${stored} in the database`);
  }
  // Each submission and each decision signs once (AssessmentSignature), in its change's transaction.
  const signed = types.filter((t) => t !== EVENT.save).length;
  if (row.signatures !== signed) findings.push(`${row.id}: ${signed} submissions and decisions but ${row.signatures} signatures`);
  const outOfTurn = countDecisionsOutOfTurn(types);
  if (outOfTurn > 0) findings.push(`${row.id}: ${outOfTurn} decisions without a submission of their own (a second co-signature)`);
  return findings;
}

export type CheckResult = { findings: string[]; acknowledged: number; stored: number; scopes: number };

export async function checkDatabase(databaseUrl: string, baseline: Baseline, ledger: Ledger, scopes: SessionUser[], year: number) {
  const rows = await readAfter(databaseUrl, baseline);
  const findings = rows.flatMap((row) => checkAssessment(row, baseline.versions.get(row.id) ?? 0, ledger.changes.get(row.id) ?? []));
  for (const user of scopes) {
    // Through JSON, as the cache stores them.
    const recomputed: unknown = JSON.parse(JSON.stringify(await computeDashboard(user, year)));
    if (!isDeepStrictEqual(await getDashboard(user, year), recomputed))
      findings.push(`the figures served to ${user.email} differ from a recomputation`);
  }
  const acknowledged = [...ledger.changes.values()].reduce((n, list) => n + list.length, 0);
  const stored = rows.reduce((n, r) => n + (r.types?.length ?? 0), 0);
  return { findings, acknowledged, stored, scopes: scopes.length } satisfies CheckResult;
}
