import type { Answers } from "@/lib/assessments/questionnaire/definition";

/** A scene that counts in the year, with that year's assessment and attribution. */
export type ExportScene = {
  ref: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  policeArea: string;
  district: string | null;
  /** The assessment's status: SUBMITTED or COSIGNED (only final assessments count). */
  status: string;
  isOpenDrugScene: boolean;
  development: string | null;
  mainSubstance: string | null;
  areaM2: number | null;
  /** The scene's point (WGS84). */
  lat: number;
  lng: number;
  /** The year's extent as stored (a GeoJSON Polygon), or null. */
  extent: unknown;
  answers: Answers;
};

/** A cell of an exported table; each format writes the types its own way. */
export type Cell = string | number | boolean | null;

export type ExportColumn = {
  /** The column's header: a stable code (`symptoms`, `symptoms (text)`). */
  key: string;
  /** What it holds, in Swedish (the question's label for questionnaire columns). */
  description: string;
};

export type ExportTable = { columns: ExportColumn[]; rows: Cell[][] };
