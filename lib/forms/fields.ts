import { z } from "./zod";

// The field rules the forms share, written once. FormData gives "" for an empty field and text
// for everything, so emptiness and numbers are read here explicitly. Client-safe.

/**
 * A text that must be filled in; the message says which. Blank is empty. The message is the
 * string's only for a missing or empty field: a length added after keeps the Swedish default
 * (lib/forms/zod.ts). No `abort`: an aborted field would silence every cross-field rule.
 */
export const requiredText = (message: string) =>
  z
    .string({ error: (issue) => (issue.code === "invalid_type" ? message : undefined) })
    .trim()
    .min(1, message);

/** An empty field is an absent one. */
export const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Digits with a decimal point or comma ("0,42" as typed in Sweden); a sign is read, so "-3" is a number to refuse as negative. */
const DECIMAL = /^[-+]?\d+(?:[.,]\d+)?$/;

/** The number a decimal text stands for ("59,388" and "59.388" alike), or NaN. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(",", ".")) : NaN;
}

/** A decimal that must be filled in: `required` when empty, `notANumber` when it is no number. */
export const decimalText = (required: string, notANumber: string) =>
  requiredText(required)
    .refine((v) => v === "" || !Number.isNaN(parseDecimal(v)), notANumber)
    .transform(parseDecimal);

/**
 * Runs a cross-field rule only when the fields it reads parsed, so that all errors show at once
 * (zod skips refinements of an object with issues unless told when they can run).
 */
export function whenValid<T>(...fields: Extract<keyof T, string>[]) {
  return {
    when: (payload: z.core.ParsePayload) => !payload.issues.some((issue) => fields.includes(issue.path?.[0] as Extract<keyof T, string>)),
  };
}

/** The version a form's record was read at: what a write is conditional on (a whole number from 1). */
export const versionField = z.coerce.number().int().min(1);
