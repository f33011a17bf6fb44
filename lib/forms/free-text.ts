import { messages } from "@/lib/i18n";
import { containsIdentityNumber } from "@/lib/security/identity-numbers";
import { requiredText } from "./fields";
import { z } from "./zod";

// Free text: what a user writes in their own words (a name, a description, a comment, a source, a
// label). The register describes places and groups, never individuals, so every free-text field
// of the app refuses a personal identity or coordination number, at the field, with one message.
// A schema's text field is either freeText(), a constrained format (an id, a code, a day, an
// e-mail address), or exempt with its reason: lib/forms/free-text.test.ts walks every schema
// module and fails on a text field that is none of these. Client-safe.

/** The guard, one instance: a field carries it when its checks include this very check. */
const noIdentityNumber = z.refine<string>((text) => !containsIdentityNumber(text), messages.validation.identityNumber);

/**
 * A text the user writes, trimmed, refused when it holds a personal identity number. With
 * `required`, an empty or blank text is refused with that message (as requiredText). Chain the
 * length after: `freeText(t.nameRequired).max(200)`, `freeText().max(4000).default("")`.
 */
export function freeText(required?: string): z.ZodString {
  const text = required === undefined ? z.string().trim() : requiredText(required);
  return text.check(noIdentityNumber);
}

/** Whether a schema is a free-text field with the guard (what the enumerating test reads). */
export function isFreeText(schema: z.ZodType): boolean {
  return schema instanceof z.ZodString && (schema._zod.def.checks ?? []).includes(noIdentityNumber);
}
