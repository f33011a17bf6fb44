import "server-only";
import { db } from "@/lib/db";
import { toIsoDay } from "@/lib/days";
import { Prisma } from "@/lib/generated/prisma/client";
import { FINAL_STATUSES } from "@/lib/assessments/workflow";
import { followedInSql } from "@/lib/scenes/followed";
import { stockholmDay } from "@/lib/tokens/policy";
import { buildDigests, isReminderDue, type Outstanding } from "./reminders";

// The daily reminders before a round's deadline (lib/notifications/reminders.ts has the rules).
// Each person with something left gets one digest a day, whoever runs this and however often:
// the unique index on (userId, reminderDay) turns a second insert into nothing.

type DueRound = { year: number; deadline: string };

/**
 * Analysts: the scenes of their LPOs followed that year without a final assessment (none yet, a
 * draft, or returned). Representatives: the submitted assessments of their municipality. Both by
 * where the scene lies now, as the work lists and the permissions scope them.
 */
async function listOutstanding({ year, deadline }: DueRound): Promise<Outstanding[]> {
  const analysts = db.$queryRaw<{ userId: string; count: number }[]>`
    SELECT upa."userId", COUNT(*)::int AS count
    FROM "Scene" s
    JOIN "UserPoliceArea" upa ON upa."policeAreaId" = s."policeAreaId"
    JOIN "User" u ON u.id = upa."userId" AND u.role = 'POLICE_ANALYST' AND u."disabledAt" IS NULL
    LEFT JOIN "Assessment" a ON a."sceneId" = s.id AND a.year = ${year}
    WHERE ${followedInSql(year)} AND (a.id IS NULL OR a.status::text NOT IN (${Prisma.join(FINAL_STATUSES)}))
    GROUP BY upa."userId"`;
  const representatives = db.$queryRaw<{ userId: string; count: number }[]>`
    SELECT u.id AS "userId", COUNT(*)::int AS count
    FROM "Assessment" a
    JOIN "Scene" s ON s.id = a."sceneId"
    JOIN "User" u ON u."municipalityCode" = s."municipalityCode" AND u.role = 'MUNICIPAL_REP' AND u."disabledAt" IS NULL
    WHERE a.year = ${year} AND a.status = 'SUBMITTED'
    GROUP BY u.id`;
  const [assess, cosign] = await Promise.all([analysts, representatives]);
  return [
    ...assess.map((row) => ({ ...row, year, deadline, task: "assess" as const })),
    ...cosign.map((row) => ({ ...row, year, deadline, task: "cosign" as const })),
  ];
}

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export type ReminderRun = { created: number; rounds: DueRound[] };

/** Writes today's digests (Swedish time) for the open rounds whose deadline is at most `days` away. */
export async function createReminders(now: Date, days: number): Promise<ReminderRun> {
  const today = stockholmDay(now);
  const open = await db.assessmentRound.findMany({
    where: { closedAt: null },
    select: { year: true, deadline: true },
    orderBy: { year: "asc" },
  });
  const rounds = open
    .map((round) => ({ year: round.year, deadline: toIsoDay(round.deadline) }))
    .filter((round) => isReminderDue({ ...round, closed: false }, today, days));
  if (rounds.length === 0) return { created: 0, rounds };
  const digests = buildDigests((await Promise.all(rounds.map(listOutstanding))).flat());
  const users = await db.user.findMany({ where: { id: { in: [...digests.keys()] } }, select: { id: true, emailNotifications: true } });
  const rows = users.flatMap((user) => {
    const items = digests.get(user.id);
    const first = items?.[0];
    if (!items || !first) return [];
    return [
      {
        userId: user.id,
        kind: "ROUND_REMINDER" as const,
        year: first.year,
        deadline: asDate(first.deadline),
        reminderDay: asDate(today),
        reminder: items,
        emailStatus: user.emailNotifications ? ("PENDING" as const) : ("OFF" as const),
      },
    ];
  });
  // ON CONFLICT DO NOTHING: a person already reminded today (by this run's twin) is left alone.
  const { count } = await db.notification.createMany({ data: rows, skipDuplicates: true });
  return { created: count, rounds };
}
