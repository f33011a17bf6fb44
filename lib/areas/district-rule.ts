import { STOCKHOLM_CITY } from "./reference-data";
import { messages } from "@/lib/i18n";

/** Stockholm city's places carry a district; no other municipality has districts here. */
export function districtRuleViolation(
  municipalityCode: string,
  district: string | null | undefined,
): "districtRequired" | "districtOnlyStockholm" | null {
  if (municipalityCode === STOCKHOLM_CITY && !district) return "districtRequired";
  if (municipalityCode !== STOCKHOLM_CITY && district) return "districtOnlyStockholm";
  return null;
}

/** The district rule in the forms' words, for their schemas. */
export function checkDistrictRule(municipalityCode: string, districtId: string | null | undefined): string | null {
  const violation = districtRuleViolation(municipalityCode, districtId);
  return violation && messages.scenes[violation];
}

/** The district rule as a form schema's refinement, reported at the district field. */
export function refineDistrictRule(
  fields: { municipalityCode: string; districtId?: string | null },
  ctx: { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void },
): void {
  const error = checkDistrictRule(fields.municipalityCode, fields.districtId);
  if (error) ctx.addIssue({ code: "custom", path: ["districtId"], message: error });
}
