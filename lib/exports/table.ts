import { describeAnswer } from "@/lib/assessments/answer-text";
import { listQuestions, type AnswerValue, type Question, type Questionnaire } from "@/lib/assessments/questionnaire/definition";
import type { Cell, ExportColumn, ExportScene, ExportTable } from "./types";

// The export's table, the same for CSV and XLSX: the scene's fields, then every question of the
// year's questionnaire. A choice question has two columns: its option codes (stable, for tools)
// and their Swedish labels (`<code> (text)`, for people). A free-text question has one.

/** Joins several codes or labels in one cell (labels may themselves hold commas). */
export const MULTI_SEPARATOR = ";";

const sceneColumns: { key: string; description: string; value: (s: ExportScene) => Cell }[] = [
  { key: "ref", description: "Platsens referens", value: (s) => s.ref },
  { key: "name", description: "Platsens namn", value: (s) => s.name },
  { key: "municipalityCode", description: "Kommunkod (årets bedömning)", value: (s) => s.municipalityCode },
  { key: "municipalityName", description: "Kommun (årets bedömning)", value: (s) => s.municipalityName },
  { key: "policeArea", description: "Lokalpolisområde (årets bedömning)", value: (s) => s.policeArea },
  { key: "district", description: "Stadsdelsområde (årets bedömning)", value: (s) => s.district },
  { key: "status", description: "Bedömningens status (SUBMITTED = inskickad, COSIGNED = medsignerad)", value: (s) => s.status },
  { key: "isOpenDrugScene", description: "Öppen drogscen enligt årets bedömning", value: (s) => s.isOpenDrugScene },
  { key: "development", description: "Utveckling sedan förra året (kod)", value: (s) => s.development },
  { key: "mainSubstance", description: "Huvudsakligt preparat (kod)", value: (s) => s.mainSubstance },
  { key: "areaM2", description: "Årets utbredning i m²", value: (s) => s.areaM2 },
  { key: "lat", description: "Latitud (WGS84)", value: (s) => s.lat },
  { key: "lng", description: "Longitud (WGS84)", value: (s) => s.lng },
];

/** The scene's own columns: a question may not take one of their names (lib/assessments/questionnaire/codes.ts). */
export const SCENE_COLUMN_KEYS: readonly string[] = sceneColumns.map((c) => c.key);

export const textColumnKey = (code: string) => `${code} (text)`;

function codesOf(value: AnswerValue | undefined): Cell {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join(MULTI_SEPARATOR) : null;
  return value;
}

function labelsOf(question: Question, value: AnswerValue | undefined): Cell {
  if (value === undefined) return null;
  const values: AnswerValue[] = Array.isArray(value) ? value : [value];
  return values.length ? values.map((v) => describeAnswer(question, v)).join(`${MULTI_SEPARATOR} `) : null;
}

function questionColumns(question: Question): { column: ExportColumn; value: (s: ExportScene) => Cell }[] {
  const codes = {
    column: { key: question.code, description: question.label },
    value: (s: ExportScene) => codesOf(s.answers[question.code]),
  };
  if (question.kind === "text") return [codes];
  const labels = {
    column: { key: textColumnKey(question.code), description: `${question.label} (klartext)` },
    value: (s: ExportScene) => labelsOf(question, s.answers[question.code]),
  };
  return [codes, labels];
}

/**
 * The table of a year's scenes; without a questionnaire (a year nobody assessed) only the scene's
 * fields. A question whose code is already a scene column (`development`, copied from the answers
 * on save) keeps only its text column, so that no header appears twice.
 */
export function buildSceneTable(questionnaire: Questionnaire | null, scenes: ExportScene[]): ExportTable {
  const base = sceneColumns.map(({ key, description, value }) => ({ column: { key, description }, value }));
  const taken = new Set(base.map((c) => c.column.key));
  const questions = (questionnaire ? listQuestions(questionnaire).flatMap(questionColumns) : []).filter((c) => !taken.has(c.column.key));
  const columns = [...base, ...questions];
  return { columns: columns.map((c) => c.column), rows: scenes.map((scene) => columns.map((c) => c.value(scene))) };
}
