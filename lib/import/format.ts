import { z } from "zod";
import { messages } from "@/lib/i18n";

// The bulk import file (README, "Bulk import"): scenes with their yearly assessments, as exported
// from an earlier system. Client-safe. This checks the shape only; the rules that need the
// reference data or the questionnaire are in validate.ts. Each scene and each assessment is parsed
// on its own, so that one malformed record does not hide the errors of the others.

const t = messages.import;

export const IMPORT_FORMAT = "oppna-drogscener/import-v1";
export const IMPORT_STATUSES = ["draft", "submitted", "cosigned", "returned"] as const;
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/** Letters, digits and `._-`: a reference ends up in URLs (/platser/<ref>). */
const REF = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;

const number = z.number({ error: t.numberRequired }).finite(t.numberRequired);
const year = z.number({ error: t.numberRequired }).int(t.numberRequired);
const name = z.string().trim().min(1, t.nameRequired).max(200);
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
  ref: z.string().trim().regex(REF, t.refInvalid),
  name,
  description: z.string().trim().max(4000).default(""),
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

/** A well-formed scene with its well-formed assessments, and how many the file gave in all. */
export type ParsedScene = {
  index: number;
  scene: ImportScene;
  assessments: { index: number; assessment: ImportAssessment }[];
  assessmentCount: number;
};

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function parse<T>(schema: z.ZodType<T>, value: unknown, at: PropertyKey[], issues: ImportIssue[]): T | null {
  // Messages the schema does not set itself come in Swedish too.
  const result = schema.safeParse(value, { error: z.locales.sv().localeError });
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ path: formatPath([...at, ...issue.path]), message: issue.message });
  return null;
}

/** Reads the file's structure: the well-formed scenes and assessments, and every shape error. */
export function parseImportFile(json: unknown): { scenes: ParsedScene[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const file = parse(importFileSchema, json, [], issues);
  // A wrong format or an unknown key still lets the scenes be checked, to report every error.
  const rawScenes = file?.scenes ?? (Array.isArray((json as { scenes?: unknown })?.scenes) ? (json as { scenes: unknown[] }).scenes : []);
  const scenes: ParsedScene[] = [];
  rawScenes.forEach((raw, index) => {
    const parsed = parse(importSceneSchema, raw, ["scenes", index], issues);
    if (!parsed) return;
    const { assessments: rawAssessments, ...scene } = parsed;
    const assessments = rawAssessments.flatMap((a, i) => {
      const assessment = parse(importAssessmentSchema, a, ["scenes", index, "assessments", i], issues);
      return assessment ? [{ index: i, assessment }] : [];
    });
    // A scene with a malformed assessment is still checked, but cannot be imported anyway.
    scenes.push({ index, scene, assessments, assessmentCount: rawAssessments.length });
  });
  return { scenes, issues };
}

/** The upload form's one field. */
export const importFormSchema = z.object({
  file: z
    .instanceof(File, { error: t.fileRequired })
    .refine((file) => file.size > 0, t.fileRequired)
    .refine((file) => file.size <= MAX_IMPORT_BYTES, t.fileTooLarge(MAX_IMPORT_MB)),
});
