import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import { formatChange, formatLevel } from "@/lib/what-works/format";
import type { MeasureChange } from "@/lib/what-works/schemas";

const t = messages.whatWorks;

// Detected crime is read beside the police's effort (domain.md), so the police row follows it.
const ORDER = ["violent_crimes", "unsafe_share", "detected_crimes", "police_actions"] as const;

const columns: Column<MeasureChange>[] = [
  { header: t.measure, rowHeader: true, cell: (m) => t.measures[m.measure] },
  {
    header: `${t.treated}: ${t.beforeAfter.toLowerCase()}`,
    className: "tabular-nums",
    cell: (m) => `${formatLevel(m.measure, m.treated.before)} → ${formatLevel(m.measure, m.treated.after)}`,
  },
  {
    header: `${t.treated}: ${t.change.toLowerCase()}`,
    className: "tabular-nums",
    cell: (m) => formatChange(m.measure, m.treated.change, t.percentagePoints),
  },
  {
    header: `${t.comparison}: ${t.change.toLowerCase()}`,
    className: "tabular-nums",
    cell: (m) => formatChange(m.measure, m.comparison.change, t.percentagePoints),
  },
  { header: t.difference, className: "tabular-nums font-semibold", cell: (m) => formatChange(m.measure, m.difference, t.percentagePoints) },
  { header: t.scenesBehind, className: "tabular-nums", cell: (m) => t.scenesPair(m.treated.scenes, m.comparison.scenes) },
  { header: t.note, cell: (m) => (m.tooFew ? <span className="text-amber-900">{t.tooFew}</span> : null) },
];

/** One group's measures: with the intervention, at comparable scenes, and the difference. */
export function GroupTable({ caption, measures }: { caption: string; measures: MeasureChange[] }) {
  const rows = ORDER.map((code) => measures.find((m) => m.measure === code)).filter((m): m is MeasureChange => m !== undefined);
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(m) => m.measure} compact />;
}
