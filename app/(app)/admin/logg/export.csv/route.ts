import { streamAuditCsv } from "@/lib/audit/export";
import { recordRead } from "@/lib/audit/reads";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { apiError } from "@/lib/auth/api-user";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n";
import { readSearchParams } from "@/lib/url/search-params";

// GET /admin/logg/export.csv?actor=&entityType=&type=&from=&to=: every event the log page's
// filters match, as CSV for an auditor. The browser's session only (no token reads the log), the
// same permission and filter schema as the page, and itself on record as an export.

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return apiError(401, messages.errors.unauthenticated);
  if (!can(user, "audit:read")) return apiError(403, messages.errors.forbidden);
  const { actor, entityType, type, from, to } = auditFiltersSchema.parse(readSearchParams(new URL(request.url).searchParams));
  const filters = { actor, entityType, type, from, to };

  const { rows, body } = await streamAuditCsv(filters);
  await recordRead(
    { user, tokenId: null },
    { kind: "export", name: "audit.csv", year: null, filters: { person: actor, entityType, eventType: type, from, to }, rows },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${messages.audit.csvFileName}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
