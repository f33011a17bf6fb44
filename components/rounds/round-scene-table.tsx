import Link from "next/link";
import { AssessmentStatusBadge } from "@/components/assessments/assessment-status-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { messages } from "@/lib/i18n";
import type { RoundScene } from "@/lib/rounds/queries";

const t = messages.rounds;

/** Every scene of the round, its assessment's state and who acts next. */
export function RoundSceneTable({ year, scenes, caption }: { year: number; scenes: RoundScene[]; caption: string }) {
  const columns: Column<RoundScene>[] = [
    {
      header: t.scene,
      rowHeader: true,
      cell: (s) => (
        <Link href={`/platser/${encodeURIComponent(s.ref)}${s.status ? `/bedomningar/${year}` : ""}`} className="text-blue-800 underline">
          <span className="font-mono text-sm">{s.ref}</span> {s.name}
        </Link>
      ),
    },
    { header: t.municipality, cell: (s) => s.municipality },
    { header: t.policeArea, cell: (s) => s.policeArea },
    { header: t.assessment, cell: (s) => (s.status ? <AssessmentStatusBadge status={s.status} /> : t.notStarted) },
    { header: t.nextStep, cell: (s) => (s.nextStep === "analyst" ? `${t.steps.analyst} (${s.policeArea})` : t.steps[s.nextStep]) },
  ];
  return <DataTable caption={caption} showCaption columns={columns} rows={scenes} rowKey={(s) => s.ref} compact testId="round-scenes" />;
}

/** The rounds, newest first, for the admin. */
export function RoundTable({ rounds }: { rounds: { year: number; deadline: string; openedAt: Date; closedAt: Date | null }[] }) {
  const columns: Column<(typeof rounds)[number]>[] = [
    { header: t.year, rowHeader: true, cell: (r) => r.year },
    { header: t.deadline, cell: (r) => t.day(r.deadline) },
    { header: t.status, cell: (r) => (r.closedAt ? t.statusClosed : t.statusOpen) },
  ];
  return <DataTable caption={t.roundsCaption} columns={columns} rows={rounds} rowKey={(r) => r.year} compact />;
}
