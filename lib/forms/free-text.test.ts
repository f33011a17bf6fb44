import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildAnswersSchema } from "@/lib/assessments/questionnaire/answers";
import { listQuestions, questionnaireSchema } from "@/lib/assessments/questionnaire/definition";
import { questionnaireVersion1 } from "@/lib/assessments/questionnaire/version-1";
import { messages } from "@/lib/i18n";
import { freeText, isFreeText } from "./free-text";
import { z } from "./zod";

// Every text field of the app either carries the identity-number guard (freeText), has a format
// that leaves no room for prose (an e-mail address, a pattern, a choice), or is exempt below with
// its reason. The schema modules are found by what they contain (a call that builds a zod
// schema), so a new one is walked without being listed.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE_DIRS = ["lib", "app", "components", "scripts"];

/** Modules that build schemas, but not of what a user types; each with its reason. */
const NOT_USER_INPUT: Record<string, string> = {
  "lib/env.ts": "the environment, set by the operator",
  "lib/audit/events.ts": "the audit events as stored: what the guarded forms let through",
  "lib/audit/intervention-events.ts": "the intervention register's audit events as stored, as lib/audit/events.ts",
  "lib/indicators/snapshot.ts": "an indicator value as stored in the audit log",
  "lib/assessments/questionnaire/definition.ts": "the questionnaire as stored; its texts are written through its schemas.ts",
  "lib/map/boundaries.ts": "the boundary files that geo:import reads",
  "app/(app)/notiser/[id]/route.ts": "a notification's id from the path",
  "lib/forms/fields.ts": "the building blocks of fields: each field is walked where it is declared",
};

/**
 * Text fields that hold no prose, by name, grouped by the reason. None may be one a user writes
 * in: a new field with one of these names and free text in it needs a name of its own.
 */
const EXEMPT: Record<string, string[]> = {
  "a reference, looked up (in the user's scope, the questionnaire or the reference data)": [
    "id",
    "question",
    "option",
    "before",
    "section",
    "policeArea",
    "district",
  ],
  "a number as typed, read as a number": ["lat", "lng", "value", "sampleSize", "version"],
  "a day (YYYY-MM-DD), checked as a calendar day": [
    "startDate",
    "endDate",
    "periodFrom",
    "periodTo",
    "deadline",
    "expiresOn",
    "from",
    "to",
  ],
  "an answer, checked by the year's questionnaire (whose text answers are freeText, tested below)": [
    "answers",
    "development",
    "symptoms",
    "mainSubstance",
  ],
  "a secret, never stored as text and never shown": ["password", "currentPassword", "newPassword", "repeatPassword"],
  "a search or a sign-in, compared and never stored": ["email", "actor"],
  "set by the app, checked before use": ["extent", "enrolment", "callbackUrl", "provider"],
};

const EXEMPT_FIELDS = new Set(Object.values(EXEMPT).flat());

/** An id or a code by the naming convention (sceneId, policeAreaIds, municipalityCode). */
const isIdOrCode = (key: string) => /(Id|Ids|Code)$/.test(key);

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  format?: string;
  checks?: { _zod: { def: { check: string } } }[];
};

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** A string that can hold no prose: a format (e-mail, ISO day) or a pattern. */
const hasFormat = (schema: z.ZodType) =>
  Boolean(defOf(schema).format) || (defOf(schema).checks ?? []).some((c) => c._zod.def.check === "string_format");

/** The text fields of a schema, each with its path and field name (the innermost object key). */
function listTextFields(schema: z.ZodType, path: string, key: string): { path: string; key: string; schema: z.ZodType }[] {
  const def = defOf(schema);
  const inner = (child: z.ZodType | undefined, childPath = path, childKey = key) =>
    child ? listTextFields(child, childPath, childKey) : [];
  switch (def.type) {
    case "string":
      return [{ path, key, schema }];
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([name, child]) => inner(child, `${path}.${name}`, name));
    case "pipe":
      return [...inner(def.in), ...inner(def.out)];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner(def.innerType);
    case "array":
      return inner(def.element, `${path}[]`);
    case "record":
      return inner(def.valueType, `${path}{}`);
    case "union":
      return (def.options ?? []).flatMap((option) => inner(option));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    default:
      return [];
  }
}

/** The modules of the app that build zod schemas (the app's only zod is lib/forms/zod.ts). */
function listSchemaModules(): string[] {
  const builds = /\bz\.(?:coerce\.|iso\.)?(?!flattenError|treeifyError|prettifyError|config)[a-z]\w*\(/;
  return SOURCE_DIRS.flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((file) => join(dir, file)))
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file) && !file.startsWith("lib/generated/"))
    .filter((file) => builds.test(readFileSync(join(ROOT, file), "utf8")))
    .sort();
}

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;

/** The module's exported schemas, and those in exported plain objects of fields (areaParamFields). */
function exportedSchemas(exports: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(exports).flatMap(([name, value]): [string, z.ZodType][] => {
    if (isSchema(value)) return [[name, value]];
    if (typeof value !== "object" || value === null) return [];
    return Object.entries(value)
      .filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]))
      .map(([field, schema]) => [`${name}.${field}`, z.object({ [field]: schema })]);
  });
}

const isCovered = (schema: z.ZodType) => isFreeText(schema) || hasFormat(schema);

/**
 * The fields none of whose texts is guarded or a format: the stages of a pipe share a path, and
 * a field is covered when one of them is (`z.string().transform(…).pipe(z.string().regex(…))`).
 */
function listUnguarded(fields: { path: string; key: string; schema: z.ZodType }[]): string[] {
  const covered = new Set(fields.filter((f) => isCovered(f.schema)).map((f) => f.path));
  const open = fields.filter((f) => !covered.has(f.path) && !isIdOrCode(f.key) && !EXEMPT_FIELDS.has(f.key)).map((f) => f.path);
  return [...new Set(open)];
}

describe("every free-text field refuses a personal identity number", () => {
  const found = listSchemaModules();
  const modules = found.filter((file) => !(file in NOT_USER_INPUT));

  it("finds the schema modules, and every module it leaves out still builds schemas", () => {
    expect(modules).toEqual(expect.arrayContaining(["lib/scenes/schemas.ts", "lib/import/format.ts", "lib/interventions/schemas.ts"]));
    expect(Object.keys(NOT_USER_INPUT).filter((file) => !found.includes(file))).toEqual([]);
  });

  it.each(modules)("%s: each text field is guarded, a format or exempt", async (file) => {
    const exports = (await import(join(ROOT, file))) as Record<string, unknown>;
    const fields = exportedSchemas(exports).flatMap(([name, schema]) => listTextFields(schema, `${file}:${name}`, name));
    expect(listUnguarded(fields)).toEqual([]);
  });

  it("guards the fields a user writes in", async () => {
    const guarded = new Set<string>();
    for (const file of modules) {
      const exports = (await import(join(ROOT, file))) as Record<string, unknown>;
      for (const [name, schema] of exportedSchemas(exports)) {
        for (const field of listTextFields(schema, `${file}:${name}`, name)) if (isFreeText(field.schema)) guarded.add(field.path);
      }
    }
    expect([...guarded]).toEqual(
      expect.arrayContaining([
        "lib/scenes/schemas.ts:createSceneSchema.name",
        "lib/scenes/schemas.ts:updateSceneSchema.description",
        "lib/assessments/schemas.ts:decisionSchema.comment",
        "lib/interventions/schemas.ts:createInterventionSchema.description",
        "lib/interventions/schemas.ts:evaluateInterventionSchema.evaluation",
        "lib/interventions/type-descriptions/schemas.ts:updateTypeDescriptionSchema.description",
        "lib/indicators/schemas.ts:saveIndicatorSchema.source",
        "lib/import/format.ts:importSceneSchema.name",
        "lib/import/format.ts:importSceneSchema.description",
        "lib/import/format.ts:importSceneSchema.ref",
      ]),
    );
  });

  it("guards every text question of the questionnaire", () => {
    const questionnaire = questionnaireSchema.parse(questionnaireVersion1(2026));
    const fields = listTextFields(buildAnswersSchema(questionnaire, "draft"), "answers", "answers");
    const textQuestions = listQuestions(questionnaire).filter((q) => q.kind === "text");
    expect(textQuestions.length).toBeGreaterThan(0);
    for (const question of textQuestions)
      expect(
        fields.some((f) => f.key === question.code && isFreeText(f.schema)),
        question.code,
      ).toBe(true);
  });

  it("keeps the exempt names off the fields users write in", () => {
    for (const name of ["name", "description", "comment", "label", "source", "evaluation", "options", "ref"]) {
      expect(EXEMPT_FIELDS.has(name) || isIdOrCode(name), name).toBe(false);
    }
  });
});

describe("freeText", () => {
  const message = messages.validation.identityNumber;
  const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

  it("refuses a personal identity number with the one message, and lets other text through", () => {
    expect(issuesOf(freeText(), "Säljaren 19121212-1212 syns dagligen")).toEqual([message]);
    expect(issuesOf(freeText().max(100), "Cirka 20-30 personer, telefon 08-123 456 78")).toEqual([]);
  });

  it("keeps the guard through a length and a default, and reports both problems at once", () => {
    const field = freeText("Ange namnet.").max(10);
    expect(isFreeText(field)).toBe(true);
    expect(issuesOf(field, "19121212-1212 och mer")).toEqual([message, expect.stringMatching(/högst 10/)]);
    expect(issuesOf(field, "  ")).toEqual(["Ange namnet."]);
    expect(freeText().max(10).default("").parse(undefined)).toBe("");
  });

  it("is told apart from a plain string", () => {
    expect(isFreeText(z.string().trim().max(10))).toBe(false);
    expect(isFreeText(z.string().refine(() => true, message))).toBe(false);
  });
});
