import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { recordAuditEvent } from "./record";

// Everything read out of the system is on record (brottsdatalagen's logging of police data): every
// export and API answer writes one event, in the request itself, after its query and before the
// data leaves, with the number of rows it sends. A failed write fails the request: no unlogged
// read. Every route under app/api/v1 and every download calls recordRead (tests/integration/
// read-audit.test.ts walks the route files and calls each one).

/** Who reads: the user, and the personal access token they came with (null: the browser's session). */
export type Reader = { user: SessionUser; tokenId: string | null };

export type Read = {
  /** "export": a file to download; "api": the API's data for tools. */
  kind: "export" | "api";
  /** The file or route, without the year: "scenes.csv", "interventions.xlsx", "stats", "indicators". */
  name: string;
  year: number | null;
  /** The query's filters as they were asked, by parameter; empty ones left out. */
  filters?: Record<string, string | number | undefined | null>;
  rows: number;
};

function presentFilters(filters: Read["filters"] = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).flatMap(([key, value]) =>
      value === undefined || value === null || value === "" ? [] : [[key, String(value)]],
    ),
  );
}

export async function recordRead({ user, tokenId }: Reader, read: Read): Promise<void> {
  const after = {
    year: read.year,
    filters: presentFilters(read.filters),
    rows: read.rows,
    ...(tokenId ? { via: "token" as const, tokenId } : { via: "session" as const }),
  };
  const common = { entityId: read.name, before: null, after };
  // One INSERT is atomic by itself: no transaction around it (two statements fewer per request).
  await recordAuditEvent(
    db,
    user,
    read.kind === "export"
      ? { type: "export.downloaded", entityType: "export", ...common }
      : { type: "api.read", entityType: "api", ...common },
  );
}
