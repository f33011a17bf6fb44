import { Badge } from "@/components/ui/badge";
import type { QuestionnaireState } from "@/lib/assessments/questionnaire/queries";
import { messages } from "@/lib/i18n";

const styles: Record<QuestionnaireState, string> = {
  draft: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-green-700 bg-green-50 text-green-900",
  frozen: "border-slate-500 bg-slate-100 text-slate-800",
};

export function StateBadge({ state }: { state: QuestionnaireState }) {
  return <Badge value={state} label={messages.questionnaires.states[state]} styles={styles} />;
}
