import { questionnaires } from "@/lib/i18n/sv/questionnaires";
import type { Option } from "./definition";

// The options a form offers: a retired option only to an answer that already holds it (carried
// over from last year, or imported), marked as retired, so that saving does not silently drop it
// and unticking it removes it for good. Client-safe.

export function offeredOptions(options: Option[], chosen: readonly string[]): { code: string; label: string }[] {
  return options
    .filter((o) => !o.retired || chosen.includes(o.code))
    .map((o) => ({ code: o.code, label: o.retired ? `${o.label} (${questionnaires.retiredSuffix})` : o.label }));
}
