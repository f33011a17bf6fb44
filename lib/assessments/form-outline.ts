import { STOCKHOLM_CITY } from "@/lib/areas/reference-data";
import type { FieldErrors, FormValues } from "@/lib/forms/form-state";
import { assessmentForm } from "@/lib/i18n/sv/assessments";
import { review } from "@/lib/i18n/sv/review";
import { scenes } from "@/lib/i18n/sv/scenes";
import type { Question, Questionnaire, Section } from "./questionnaire/definition";

// The long assessment form as its parts (the questionnaire's sections, and the year's area and
// extent after the first), each with its fields, whether they must be answered before the
// assessment is submitted, and whether they are. Pure: the section list, the error summary and
// the form itself read the same outline, with or without JavaScript.

const t = review;

/** The part that holds the attribution and the extent; a hyphen never occurs in a section code. */
export const AREA_PART_ID = "area-and-extent";

/** The question whose "yes" makes the extent required on submit (as the save action checks). */
const SCENE_QUESTION = "is_open_drug_scene";

export type OutlineField = { name: string; label: string; required: boolean; answered: boolean };

export type FormPart = {
  /** Also the anchor of its heading: `section-<id>`. */
  id: string;
  title: string;
  /** The questionnaire's section, or null for the area part. */
  section: Section | null;
  fields: OutlineField[];
};

const isAnswered = (value: string | string[] | undefined) => (Array.isArray(value) ? value.length > 0 : !!value?.trim());

/** A `requiredIf` condition against the form's values (booleans are "yes"/"no" there). */
function matches(value: string | string[] | undefined, equals: boolean | string): boolean {
  const expected = typeof equals === "boolean" ? (equals ? "yes" : "no") : equals;
  return Array.isArray(value) ? value.includes(expected) : value === expected;
}

function isRequired(question: Question, values: FormValues): boolean {
  if ("requiredIf" in question && question.requiredIf)
    return matches(values[`q.${question.requiredIf.question}`], question.requiredIf.equals);
  return question.required;
}

function questionFields(section: Section, values: FormValues): OutlineField[] {
  return section.questions.map((q) => {
    const name = `q.${q.code}`;
    return { name, label: q.label, required: isRequired(q, values), answered: isAnswered(values[name]) };
  });
}

function areaFields(values: FormValues): OutlineField[] {
  const field = (name: string, label: string, required: boolean) => ({ name, label, required, answered: isAnswered(values[name]) });
  const municipality = values.municipalityCode;
  return [
    field("municipalityCode", scenes.municipality, true),
    field("policeAreaId", scenes.policeArea, true),
    field("districtId", scenes.district, municipality === STOCKHOLM_CITY),
    field("extent", assessmentForm.extent, matches(values[`q.${SCENE_QUESTION}`], true)),
  ];
}

/** The form's parts in the order the form shows them. */
export function outlineAssessmentForm(questionnaire: Questionnaire, values: FormValues): FormPart[] {
  const parts: FormPart[] = questionnaire.sections.map((section) => ({
    id: section.code,
    title: section.title,
    section,
    fields: questionFields(section, values),
  }));
  parts.splice(1, 0, { id: AREA_PART_ID, title: t.areaSection, section: null, fields: areaFields(values) });
  return parts;
}

export type PartState = "done" | "missing" | "error";

export type PartSummary = { id: string; title: string; required: number; answered: number; errors: number; state: PartState };

const errorsOf = (errors: FieldErrors, name: string) => errors[name]?.length ?? 0;

/** Each part's state for the section list: an error outweighs a missing answer. */
export function summarizeParts(parts: FormPart[], errors: FieldErrors): PartSummary[] {
  return parts.map(({ id, title, fields }) => {
    const required = fields.filter((f) => f.required);
    const answered = required.filter((f) => f.answered).length;
    const errorCount = fields.reduce((sum, f) => sum + (errorsOf(errors, f.name) ? 1 : 0), 0);
    const state: PartState = errorCount ? "error" : answered < required.length ? "missing" : "done";
    return { id, title, required: required.length, answered, errors: errorCount, state };
  });
}

export type ErrorLink = { name: string; label: string; messages: string[]; href: string | null };

/** The field id the form gives a field: what the error summary links to. */
export const fieldId = (name: string) => `field-${name}`;

/**
 * The error summary's entries, in the form's order: each field with errors, linked to it. An
 * error of a field the form does not show (it cannot happen from the form itself) is listed
 * without a link rather than lost.
 */
export function listErrorLinks(parts: FormPart[], errors: FieldErrors): ErrorLink[] {
  const known = parts.flatMap((p) => p.fields);
  const names = new Set(known.map((f) => f.name));
  const links = known
    .filter((f) => errorsOf(errors, f.name))
    .map((f) => ({ name: f.name, label: f.label, messages: errors[f.name] ?? [], href: `#${fieldId(f.name)}` }));
  const others = Object.entries(errors)
    .filter(([name, list]) => !names.has(name) && list?.length)
    .map(([name, list]) => ({ name, label: name, messages: list ?? [], href: null }));
  return [...links, ...others];
}
