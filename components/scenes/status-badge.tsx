import { Badge } from "@/components/ui/badge";
import { messages } from "@/lib/i18n";
import type { SceneStatus } from "@/lib/scenes/status";

const styles: Record<SceneStatus, string> = {
  ACTIVE: "border-blue-800 bg-blue-50 text-blue-900",
  CLOSED: "border-slate-600 bg-slate-100 text-slate-800",
  MERGED: "border-amber-800 bg-amber-50 text-amber-900",
  SPLIT: "border-purple-800 bg-purple-50 text-purple-900",
};

export function StatusBadge({ status }: { status: SceneStatus }) {
  return <Badge value={status} label={messages.scenes.statuses[status]} styles={styles} />;
}
