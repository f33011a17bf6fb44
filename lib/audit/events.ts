import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

// The audit log's event types. Each names its entity and carries what the record was before and
// after, so that history pages and investigations read the same typed stream.

export const userSnapshotSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  municipalityCode: z.string().nullable(),
  policeAreaIds: z.array(z.string()),
  disabled: z.boolean(),
});
export type UserSnapshot = z.infer<typeof userSnapshotSchema>;

const userEntity = { entityType: z.literal("user"), entityId: z.string() };

export const auditEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user.created"), ...userEntity, before: z.null(), after: userSnapshotSchema }),
  z.object({ type: z.literal("user.updated"), ...userEntity, before: userSnapshotSchema, after: userSnapshotSchema }),
  z.object({ type: z.literal("user.disabled"), ...userEntity, before: userSnapshotSchema, after: userSnapshotSchema }),
  z.object({ type: z.literal("user.enabled"), ...userEntity, before: userSnapshotSchema, after: userSnapshotSchema }),
]);

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventType = AuditEvent["type"];
