import type { Prisma } from "@/lib/generated/prisma/client";

// The counting rule as a query fragment (see ../shared/docs/domain.md, "Counting rules"):
// a scene counts in year Y when its final (submitted or co-signed) year-Y assessment classifies
// it as an open drug scene. Every Prisma query that lists "the scenes of year Y" uses this.

export const FINAL_STATUSES = ["SUBMITTED", "COSIGNED"] as const;

export function countingAssessmentWhere(year: number): Prisma.AssessmentWhereInput {
  return { year, status: { in: [...FINAL_STATUSES] }, isOpenDrugScene: true };
}
