import { describeAnswer } from "@/lib/assessments/answer-text";
import { listQuestions, type AnswerValue, type Question, type Questionnaire } from "@/lib/assessments/questionnaire/definition";
import { messages } from "@/lib/i18n";
import { effectLabel, interventionActorLabel, interventionTypeLabel } from "@/lib/interventions/labels";
import { formatArea } from "@/lib/scenes/geometry";
import { describeDefinitionChange } from "./describe-questionnaire";
import { diffSnapshots, type SnapshotChange } from "./diff";
import { isEventType } from "./schemas";

// An event's changes in words: "Status: Aktiv → Stängd". Long values (a polygon, a questionnaire's
// answers) are summarised, since the log is read to find who changed what, not to reread data.

const t = messages.audit;

export type ChangeLine = { key: string; label: string; value: string };

/**
 * What turns the stored keys and codes into words: `names` holds reference data (municipality
 * codes, LPO and district ids), people (by id and by e-mail) and tokens (by id); `questions` the
 * questionnaire's labels by question code. `questionnaire`, given for one assessment's history
 * (the questionnaire of its year), makes each changed answer a line of its own in labels:
 * "Symtom på platsen: Otrygg → Otrygg, Hot spot för brott".
 */
export type AuditLabels = { names: Record<string, string>; questions: Record<string, string>; questionnaire?: Questionnaire };

/** Fields whose values are ids or codes of something `names` knows. */
const REFERENCE_KEYS = new Set([
  "municipalityCode",
  "policeAreaId",
  "policeAreaIds",
  "districtId",
  "municipality",
  "policeArea",
  "tokenId",
  "person",
]);

/** Fields whose values are codes with a fixed Swedish label. */
const CODE_LABELS: Record<string, (code: string) => string> = {
  role: (code) => lookup(messages.roles, code),
  status: (code) => lookup(t.statuses, code),
  via: (code) => lookup(t.via, code),
  reason: (code) => lookup(t.reasons, code),
  method: (code) => (code.startsWith("oidc:") ? t.oidcMethod(code.slice("oidc:".length)) : lookup(t.methods, code)),
  indicator: (code) => lookup(messages.outcomes.indicators, code),
  // An intervention's snapshot; a read's filters name theirs interventionType and interventionActor.
  type: interventionTypeLabel,
  actor: interventionActorLabel,
  effect: effectLabel,
  interventionType: interventionTypeLabel,
  interventionActor: interventionActorLabel,
  eventType: (code) => eventLabel(code),
  entityType: (code) => lookup(t.entityTypes, code),
};
const MAX_LENGTH = 80;
/** An answer is read on its record's own history page, where a longer excerpt is worth its room. */
const MAX_ANSWER_LENGTH = 240;

const truncate = (text: string) => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text);

function lookup(table: Record<string, string>, value: string): string {
  return Object.hasOwn(table, value) ? (table[value] ?? value) : value;
}

function formatValue(key: string, value: unknown, names: Record<string, string>): string {
  if (value === undefined || value === null || value === "") return t.none;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (Array.isArray(value)) return value.length ? truncate(value.map((v) => formatValue(key, v, names)).join(", ")) : t.none;
  if (typeof value === "number") return key === "areaM2" ? formatArea(value) : String(value);
  if (typeof value === "string") {
    const label = CODE_LABELS[key];
    if (label) return label(value);
    if (REFERENCE_KEYS.has(key)) return lookup(names, value);
    return truncate(value);
  }
  // A read's filters: each by its label, "Kommun: Järfälla, Typ: Narkotikakontroller".
  if (key === "filters" && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return t.noFilters;
    return truncate(entries.map(([k, v]) => `${fieldLabel(k)}: ${formatValue(k, v, names)}`).join(", "));
  }
  return truncate(JSON.stringify(value));
}

/** The Swedish name of an event type; an unknown type (from an older release) shows as stored. */
export function eventLabel(type: string): string {
  return isEventType(type) ? t.events[type] : type;
}

function fieldLabel(key: string): string {
  return lookup(t.fields, key);
}

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === "string" || typeof value === "boolean" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

function answerText(question: Question, value: unknown): string {
  if (value !== undefined && !isAnswerValue(value)) return truncate(JSON.stringify(value));
  const text = describeAnswer(question, value);
  return text.length > MAX_ANSWER_LENGTH ? `${text.slice(0, MAX_ANSWER_LENGTH - 1)}…` : text;
}

/**
 * The changed answers, one line each in the questionnaire's order, labelled by the year's
 * questionnaire; a creation shows what was answered, a change "before → after". Answers the
 * questionnaire does not know are left for the one-line summary.
 */
function answerLines(changes: SnapshotChange[], questionnaire: Questionnaire, created: boolean) {
  const questions = listQuestions(questionnaire);
  const lines: ChangeLine[] = [];
  const unknown: SnapshotChange[] = [];
  for (const change of changes) if (!questions.some((q) => `answers.${q.code}` === change.key)) unknown.push(change);
  for (const question of questions) {
    const change = changes.find((c) => c.key === `answers.${question.code}`);
    if (!change) continue;
    const to = answerText(question, change.after);
    lines.push({ key: change.key, label: question.label, value: created ? to : `${answerText(question, change.before)} → ${to}` });
  }
  return { lines, unknown };
}

function extentValue(change: SnapshotChange): string {
  if (change.before == null) return t.extentSet;
  if (change.after == null) return t.extentRemoved;
  return t.extentChanged;
}

/**
 * The lines to show for an event: one per changed field, the extent summarised, and the changed
 * answers named by their questions on one line. `labels` turns ids and codes into names.
 */
export function describeChanges(before: unknown, after: unknown, labels: Partial<AuditLabels> = {}): ChangeLine[] {
  const { names = {}, questions = {}, questionnaire } = labels;
  const changes = diffSnapshots(before, after);
  const lines: ChangeLine[] = [];
  const answers = changes.filter((c) => c.key.startsWith("answers."));
  const detailed = questionnaire ? answerLines(answers, questionnaire, before == null) : { lines: [], unknown: answers };
  const answerCodes = detailed.unknown.map((c) => lookup(questions, c.key.slice("answers.".length)));
  for (const change of changes) {
    if (change.key.startsWith("answers.")) continue;
    const definition = change.key === "definition" ? describeDefinitionChange(change.before, change.after) : null;
    if (definition) {
      lines.push(...definition);
      continue;
    }
    if (change.key === "extent") {
      lines.push({ key: change.key, label: fieldLabel("extent"), value: extentValue(change) });
      continue;
    }
    const to = formatValue(change.key, change.after, names);
    // A creation has no "before": show what was set, not "— → value".
    const value = change.before === undefined ? to : `${formatValue(change.key, change.before, names)} → ${to}`;
    lines.push({ key: change.key, label: fieldLabel(change.key), value });
  }
  lines.push(...detailed.lines);
  if (answerCodes.length) lines.push({ key: "answers", label: t.changedAnswers, value: answerCodes.join("; ") });
  return lines;
}
