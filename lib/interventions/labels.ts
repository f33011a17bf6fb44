import { outcomes } from "@/lib/i18n/sv/outcomes";

// The Swedish labels of the stored codes. A code the labels do not know (written by an older or
// newer release) shows as stored rather than as nothing.

const t = outcomes;

function lookup(table: Record<string, string>, code: string): string {
  return Object.hasOwn(table, code) ? (table[code] ?? code) : code;
}

export const interventionTypeLabel = (code: string) => lookup(t.interventionTypes, code);
export const interventionActorLabel = (code: string) => lookup(t.actors, code);
/** A combination of actors stored as "municipality+police": "Kommunen + Polisen". */
export const interventionActorsLabel = (key: string) => key.split("+").map(interventionActorLabel).join(" + ");
export const effectLabel = (code: string) => lookup(t.effects, code);

/** Options for a <select> or radio group, in the order of the codes. */
export const codeOptions = (codes: readonly string[], label: (code: string) => string) =>
  codes.map((value) => ({ value, label: label(value) }));
