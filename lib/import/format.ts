import { freeText } from "@/lib/forms/free-text";
import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";
import { containsIdentityNumber } from "@/lib/security/identity-numbers";

// The bulk import file (README, "Bulk import"): scenes with their yearly assessments, as exported
// from an earlier system. Client-safe. This checks the shape only; the rules that need the
// reference data or the questionnaire are in validate.ts. Each scene and each assessment is parsed
// on its own, and a malformed field only holds back the checks that need it: one error does not
// hide the others.

const t = messages.import;

export const IMPORT_FORMAT = "oppna-drogscener/import-v1";
export const IMPORT_STATUSES = ["draft", "submitted", "cosigned", "returned"] as const;
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/** Letters, digits and `._-`: a reference ends up in URLs (/platser/<ref>). */
const REF = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;

const number = z.number({ error: t.numberRequired }).finite(t.numberRequired);
const year = z.number({ error: t.numberRequired }).int(t.numberRequired);
const name = freeText().min(1, t.nameRequired).max(200);
const district = z.string().trim().min(1).nullable().optional();

export const importAssessmentSchema = z.strictObject({
  year,
  status: z.enum(IMPORT_STATUSES, { error: t.statusInvalid }),
  isOpenDrugScene: z.boolean().optional(),
  development: z.string().optional(),
  symptoms: z.array(z.string()).optional(),
  mainSubstance: z.string().optional(),
  /** Other answers by question code; checked against the year's questionnaire. */
  answers: z.record(z.string(), z.unknown()).default({}),
  /** The areas as they were that year; each defaults to the scene's. */
  municipalityCode: z.string().trim().optional(),
  policeArea: z.string().trim().min(1).optional(),
  district,
  /** GeoJSON Polygon; checked by the geometry rules. */
  extent: z.unknown().optional(),
});

export const importSceneSchema = z.strictObject({
  // A reference may be all digits, so it could be an identity number: and it ends up in every URL.
  ref: freeText().regex(REF, t.refInvalid),
  name,
  description: freeText().max(4000).default(""),
  municipalityCode: z.string().trim(),
  policeArea: z.string().trim().min(1),
  district,
  location: z.strictObject({ lat: number, lng: number }),
  /** The current extent; defaults to the latest assessment's. */
  extent: z.unknown().optional(),
  /** Defaults to the earliest assessment's year. */
  firstYear: year.optional(),
  closedYear: year.nullable().optional(),
  assessments: z.array(z.unknown()).default([]),
});

const importFileSchema = z.strictObject({
  format: z.literal(IMPORT_FORMAT, { error: t.wrongFormat }),
  scenes: z.array(z.unknown()),
});

export type ImportAssessment = z.infer<typeof importAssessmentSchema>;
export type ImportScene = Omit<z.infer<typeof importSceneSchema>, "assessments">;
export type ImportAssessmentInput = z.input<typeof importAssessmentSchema>;
export type ImportSceneInput = Omit<z.input<typeof importSceneSchema>, "assessments"> & { assessments?: ImportAssessmentInput[] };
/** The file as a generator writes it (tests/fixtures/source-figures.ts). */
export type ImportFileInput = { format: typeof IMPORT_FORMAT; scenes: ImportSceneInput[] };

/** An error in the file, at its path: `scenes[3].assessments[0].year`. */
export type ImportIssue = { path: string; message: string };

/**
 * A record as far as it is well-formed: the fields that parsed, and the names of those that did
 * not (each reported already; `wellFormed` is false too for an unknown key). The checks that need
 * a malformed field wait for it; all others run.
 */
export type Parsed<T> = { fields: Partial<T>; malformed: ReadonlySet<keyof T>; wellFormed: boolean };

export type ParsedAssessment = Parsed<ImportAssessment> & { index: number };
/** `assessmentCount`: how many the file gave, the ones too malformed to be read included. */
export type ParsedScene = Parsed<ImportScene> & { index: number; assessments: ParsedAssessment[]; assessmentCount: number };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

// Messages the schemas do not set themselves come in Swedish too.
const swedish = { error: z.locales.sv().localeError };

function parse<T>(schema: z.ZodType<T>, value: unknown, at: PropertyKey[], issues: ImportIssue[]): T | null {
  const result = schema.safeParse(value, swedish);
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ path: formatPath([...at, ...issue.path]), message: issue.message });
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses an object with its schema, reporting every issue; when some fields are malformed, keeps
 * the others. Null only for a value that is no object at all, which is reported at `at`.
 */
function parseRecord<T extends object>(
  schema: z.ZodType<T> & { shape: Record<string, z.ZodType> },
  value: unknown,
  at: PropertyKey[],
  issues: ImportIssue[],
): Parsed<T> | null {
  const whole = parse(schema, value, at, issues);
  if (whole) return { fields: whole, malformed: new Set(), wellFormed: true };
  if (!isRecord(value)) return null;
  const fields: Record<string, unknown> = {};
  const malformed = new Set<string>();
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = field.safeParse(value[key], swedish);
    if (result.success) fields[key] = result.data;
    else malformed.add(key);
  }
  return { fields: fields as Partial<T>, malformed: malformed as Set<keyof T>, wellFormed: false };
}

function parseScene(raw: unknown, index: number, issues: ImportIssue[]): ParsedScene | null {
  const at = ["scenes", index];
  const parsed = parseRecord(importSceneSchema, raw, at, issues);
  if (!parsed) return null;
  const { assessments: rawAssessments = [], ...fields } = parsed.fields;
  const assessments = rawAssessments.flatMap((a, i) => {
    const assessment = parseRecord(importAssessmentSchema, a, [...at, "assessments", i], issues);
    return assessment ? [{ ...assessment, index: i }] : [];
  });
  const malformed = new Set([...parsed.malformed].filter((key): key is keyof ImportScene => key !== "assessments"));
  return { fields, malformed, wellFormed: parsed.wellFormed, assessments, assessmentCount: rawAssessments.length, index };
}

/**
 * Reads the file's structure: every scene and assessment as far as it is well-formed, and every
 * shape error. A record that is no object at all is reported at its path and left out.
 */
export function parseImportFile(json: unknown): { scenes: ParsedScene[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const file = parse(importFileSchema, json, [], issues);
  // A wrong format or an unknown key still lets the scenes be checked, to report every error.
  const rawScenes = file?.scenes ?? (isRecord(json) && Array.isArray(json.scenes) ? (json.scenes as unknown[]) : []);
  const scenes = rawScenes.flatMap((raw, index) => parseScene(raw, index, issues) ?? []);
  return { scenes, issues };
}

/** The upload form's one field. */
export const importFormSchema = z.object({
  file: z
    .instanceof(File, { error: t.fileRequired })
    .refine((file) => file.size > 0, t.fileRequired)
    .refine((file) => file.size <= MAX_IMPORT_BYTES, t.fileTooLarge(MAX_IMPORT_MB))
    // The file's name goes into the audit log with every record it imports.
    .refine((file) => !containsIdentityNumber(file.name), t.fileNameIdentityNumber),
});
