import { Badge } from "@/components/ui/badge";
import type { AssessmentStatus } from "@/lib/assessments/workflow";
import { messages } from "@/lib/i18n";

const styles: Record<AssessmentStatus, string> = {
  DRAFT: "border-slate-600 bg-slate-100 text-slate-800",
  SUBMITTED: "border-blue-800 bg-blue-50 text-blue-900",
  RETURNED: "border-amber-800 bg-amber-50 text-amber-900",
  COSIGNED: "border-green-800 bg-green-50 text-green-900",
};

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  return <Badge value={status} label={messages.assessmentForm.statuses[status]} styles={styles} />;
}
