import { STOCKHOLM_CITY } from "./reference-data";
import { messages } from "@/lib/i18n";

/** Stockholm city's places carry a district; no other municipality has districts here. */
export function checkDistrictRule(municipalityCode: string, districtId: string | null | undefined): string | null {
  if (municipalityCode === STOCKHOLM_CITY && !districtId) return messages.scenes.districtRequired;
  if (municipalityCode !== STOCKHOLM_CITY && districtId) return messages.scenes.districtOnlyStockholm;
  return null;
}
