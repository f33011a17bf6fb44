import { z } from "@/lib/forms/zod";
import { messages } from "@/lib/i18n";
import { auditEventSchema, type AuditEventType } from "./events";
import { isIsoDay } from "@/lib/days";
import { pageParamField } from "@/lib/url/page";

// The audit log page's filters, read from the query string. Client-safe. Anything malformed is
// dropped rather than refused: a hand-edited URL shows the unfiltered log, not an error.

export const AUDIT_PAGE_SIZE = 50;

export const ENTITY_TYPES = [
  "user",
  "scene",
  "assessment",
  "intervention",
  "intervention_type",
  "sign_in",
  "export",
  "api",
  "questionnaire",
  "round",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every event type, in the order of the union, read from the union so none is forgotten. */
export const AUDIT_EVENT_TYPES: readonly AuditEventType[] = auditEventSchema.options.map((option) => option.shape.type.value);

// A compile-time check that every event type has a Swedish label.
messages.audit.events satisfies Record<AuditEventType, string>;

export function isEventType(type: string): type is AuditEventType {
  return (AUDIT_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * The event types under headings for the type filter, in the union's order: a type's prefix
 * ("auth" of "auth.signed_in") names its heading; prefixes under one heading fall together, and
 * a prefix without one (a new kind of event) goes under "Övrigt".
 */
export function groupEventTypes(): { label: string; types: AuditEventType[] }[] {
  const groups = new Map<string, AuditEventType[]>();
  for (const type of AUDIT_EVENT_TYPES) {
    const prefix = type.split(".")[0]!;
    const label = Object.hasOwn(messages.audit.eventGroups, prefix) ? messages.audit.eventGroups[prefix]! : messages.audit.otherEvents;
    groups.set(label, [...(groups.get(label) ?? []), type]);
  }
  return [...groups].map(([label, types]) => ({ label, types }));
}

const isoDay = z.string().trim().refine(isIsoDay).optional().catch(undefined);

export const auditFiltersSchema = z.object({
  actor: z.string().trim().min(1).max(320).optional().catch(undefined),
  entityType: z.enum(ENTITY_TYPES).optional().catch(undefined),
  type: z.enum(AUDIT_EVENT_TYPES).optional().catch(undefined),
  from: isoDay,
  to: isoDay,
  page: pageParamField,
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;
