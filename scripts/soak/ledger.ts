// What the clients were told: every request's outcome, and every change acknowledged to a client.
// The checks after the run compare it with what the database holds.

export type RequestKind = "save" | "submit" | "cosign" | "return" | "start" | "form" | "dashboard" | "api";
export type ChangeKind = "save" | "submit" | "cosign" | "return";

/** `clean`: the user would have seen a Swedish "try again" (or the balancer a refused connection), nothing half-written. */
export type Outcome = { kind: RequestKind; at: number; ms: number; ok: boolean; error?: string; clean?: boolean };

export type Ledger = {
  outcomes: Outcome[];
  /** Acknowledged changes per assessment id. */
  changes: Map<string, ChangeKind[]>;
};

export function createLedger(): Ledger {
  return { outcomes: [], changes: new Map() };
}

export function acknowledge(ledger: Ledger, assessmentId: string, kind: ChangeKind): void {
  const list = ledger.changes.get(assessmentId) ?? [];
  list.push(kind);
  ledger.changes.set(assessmentId, list);
}

/** A time window around a fault, in ms since the start: errors inside it may happen, if clean. */
export type FaultWindow = { name: string; from: number; to: number };

/** The errors that are findings: any outside the fault windows, and unclean ones inside. */
export function listForbiddenErrors(outcomes: Outcome[], windows: FaultWindow[]): Outcome[] {
  return outcomes.filter((o) => {
    if (o.ok) return false;
    const during = windows.some((w) => o.at + o.ms >= w.from && o.at <= w.to);
    return !during || !o.clean;
  });
}
