import { Prisma } from "@/lib/generated/prisma/client";
import { FINAL_STATUSES } from "@/lib/assessments/workflow";

// The counting rule as query fragments (see ../shared/docs/domain.md, "Counting rules"): a scene
// counts in year Y when its final year-Y assessment classifies it as an open drug scene. Every
// query that lists "the scenes of year Y" or asks whether an assessment is final uses these, so
// the statuses that count are written once (FINAL_STATUSES).

export function countingAssessmentWhere(year: number): Prisma.AssessmentWhereInput {
  return { year, status: { in: [...FINAL_STATUSES] }, isOpenDrugScene: true };
}

// Cast to the column's enum, not the column to text, so that the (year, status) index applies.
const finalStatuses = Prisma.join(FINAL_STATUSES.map((status) => Prisma.sql`${status}::"AssessmentStatus"`));

/** `<alias>.status` is final, for raw SQL; the alias is a constant of the calling query. */
export function finalStatusSql(alias = "a"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}.status`)} IN (${finalStatuses})`;
}

/** The assessment `<alias>` counts: final and classifying the scene as an open drug scene. */
export function countingSql(alias = "a"): Prisma.Sql {
  return Prisma.sql`${finalStatusSql(alias)} AND ${Prisma.raw(`${alias}."isOpenDrugScene"`)}`;
}
