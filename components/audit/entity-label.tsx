import Link from "next/link";
import { messages } from "@/lib/i18n";
import type { AuditLogRow } from "@/lib/audit/queries";

const t = messages.audit;
const linkClass = "text-blue-800 underline";

/** The record an event is about, linked to its page; a removed record shows its type and id. */
export function EntityLabel({ row }: { row: Pick<AuditLogRow, "entityType" | "entityId" | "entity"> }) {
  const { entity } = row;
  switch (entity?.entityType) {
    case "scene":
      return (
        <Link href={`/platser/${encodeURIComponent(entity.ref)}`} className={linkClass}>
          <span className="font-mono text-sm">{entity.ref}</span> {entity.name}
        </Link>
      );
    case "assessment":
      return (
        <Link href={`/platser/${encodeURIComponent(entity.sceneRef)}/bedomningar/${entity.year}`} className={linkClass}>
          {t.assessmentLabel(entity.sceneRef, entity.year)}
        </Link>
      );
    case "user":
      return (
        <Link href={`/admin/anvandare/${encodeURIComponent(entity.id)}`} className={linkClass}>
          {entity.name}
        </Link>
      );
    case "intervention_type":
      return (
        <Link href="/admin/insatstyper" className={linkClass}>
          {t.interventionTypeLabel(entity.label)}
        </Link>
      );
    default: {
      if (row.entityType === "export" || row.entityType === "api") return <span>{t.reads[row.entityId] ?? row.entityId}</span>;
      const type = row.entityType in t.entityTypes ? t.entityTypes[row.entityType as keyof typeof t.entityTypes] : row.entityType;
      return <span className="text-slate-700">{t.unknownEntity(type, row.entityId)}</span>;
    }
  }
}
