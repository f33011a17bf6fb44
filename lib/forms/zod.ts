import { z } from "zod";
import { toIsoDay } from "@/lib/days";
import { validation } from "@/lib/i18n/sv/validation";

// The app's only import of zod (ESLint refuses any other, eslint.config.mjs): every schema takes
// `z` from here, so the Swedish messages below are configured before any schema exists, on the
// server (actions, route handlers, scripts, tests) and in the browser alike. A schema's own
// message still wins; these cover every rule stated without one (a length, a type, a format).
// zod keeps its configuration in one global per process. `customError`, not `localeError`: zod
// installs its English locale as `localeError` when the first schema is built, and a custom map
// outranks the locale whatever the order of the two.

const t = validation;

type Issue = z.core.$ZodRawIssue;

const day = (value: number | bigint) => toIsoDay(new Date(Number(value)));
const quote = (value: unknown) => (typeof value === "string" ? `”${value}”` : String(value));

function expectedType(issue: Extract<Issue, { code: "invalid_type" }>): string {
  if (issue.input === undefined || issue.input === null || issue.expected === "nonoptional") return t.required;
  return t.expected[issue.expected] ?? t.invalid;
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  const max = issue.maximum;
  switch (issue.origin) {
    case "string":
      return issue.exact ? t.text.exactLength(max) : t.text.tooLong(max);
    case "array":
    case "set":
      return issue.exact ? t.list.exactCount(max) : t.list.tooMany(max);
    case "date":
      return t.date.atMost(day(max));
    case "file":
      return t.file.tooBig(max);
    default:
      return issue.inclusive === false ? t.number.below(max) : t.number.atMost(max);
  }
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const min = issue.minimum;
  switch (issue.origin) {
    case "string":
      if (issue.exact) return t.text.exactLength(min);
      return Number(min) === 1 ? t.required : t.text.tooShort(min);
    case "array":
    case "set":
      return issue.exact ? t.list.exactCount(min) : t.list.tooFew(min);
    case "date":
      return t.date.atLeast(day(min));
    case "file":
      return t.file.tooSmall(min);
    default:
      return issue.inclusive === false ? t.number.above(min) : t.number.atLeast(min);
  }
}

function badFormat(issue: Extract<Issue, { code: "invalid_format" }>): string {
  if (issue.format === "starts_with" && typeof issue.prefix === "string") return t.startsWith(issue.prefix);
  if (issue.format === "ends_with" && typeof issue.suffix === "string") return t.endsWith(issue.suffix);
  if (issue.format === "includes" && typeof issue.includes === "string") return t.includes(issue.includes);
  if (/^(uuid|guid)/.test(issue.format)) return t.format.uuid!;
  return t.format[issue.format] ?? t.badFormat;
}

/** zod's issue in plain Swedish, for the rules a schema states without a message of its own. */
export function swedishErrorMap(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return expectedType(issue);
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      return badFormat(issue);
    case "invalid_value":
      return issue.values.length === 1 ? t.oneValue(quote(issue.values[0])) : t.oneOf(issue.values.map(quote).join(", "));
    case "not_multiple_of":
      return t.number.multipleOf(issue.divisor);
    case "unrecognized_keys":
      return issue.keys.length === 1 ? t.unknownField(issue.keys[0]!) : t.unknownFields(issue.keys.join(", "));
    case "invalid_union":
      return t.noAlternative;
    case "invalid_key":
      return t.invalidKey;
    case "invalid_element":
      return t.invalidElement;
    default:
      return t.invalid;
  }
}

z.config({ customError: swedishErrorMap });

export { z };
