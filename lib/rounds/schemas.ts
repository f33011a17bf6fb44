import { z } from "@/lib/forms/zod";
import { versionField } from "@/lib/forms/fields";
import { isIsoDay, todayInSweden } from "@/lib/days";
import { messages } from "@/lib/i18n";
import { plannedYearSchema } from "@/lib/years";

// The round's forms: open a year's round with a deadline, extend the deadline, close, reopen.
// Client-safe: the forms and the actions parse with the same schemas.

const t = messages.rounds;

/** A round may be opened for any followed year, and for next year ahead of time. */
const roundYear = plannedYearSchema;

/** The last day of the round: a real day, not in the past (in Swedish time). */
const deadline = z
  .string({ error: () => t.deadlineRequired })
  .trim()
  .min(1, { error: () => t.deadlineRequired })
  .refine(isIsoDay, { error: () => t.deadlineInvalid })
  .refine((day) => day >= todayInSweden(), { error: () => t.deadlinePast });

export const openRoundSchema = z.object({ year: roundYear, deadline });

export const extendRoundSchema = z.object({ year: roundYear, version: versionField, deadline });

export const closeRoundSchema = z.object({ year: roundYear, version: versionField, intent: z.enum(["close", "reopen"]) });

export type OpenRoundInput = z.output<typeof openRoundSchema>;
export type ExtendRoundInput = z.output<typeof extendRoundSchema>;
export type CloseRoundInput = z.output<typeof closeRoundSchema>;
