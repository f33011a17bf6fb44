import type { CheckResult } from "./checks";
import { listForbiddenErrors, type FaultWindow, type Outcome } from "./ledger";

// The soak's table: requests, errors by kind, p95 per kind; then the faults and the checks.

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function formatRequests(outcomes: Outcome[]): string {
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const lines = ["| kind | requests | ok | clean errors | other errors | p50 ms | p95 ms |", "|---|---:|---:|---:|---:|---:|---:|"];
  for (const kind of kinds) {
    const of = outcomes.filter((o) => o.kind === kind);
    const times = of
      .filter((o) => o.ok)
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    const failed = of.filter((o) => !o.ok);
    const clean = failed.filter((o) => o.clean).length;
    lines.push(
      `| ${kind} | ${of.length} | ${of.length - failed.length} | ${clean} | ${failed.length - clean} | ${percentile(times, 50)} | ${percentile(times, 95)} |`,
    );
  }
  return lines.join("\n");
}

export function formatErrors(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes.filter((x) => !x.ok)) {
    const key = `${o.kind} ${o.error ?? "?"}`.slice(0, 160);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `  ${n} × ${key}`).join("\n") || "  none";
}

export function formatReport(outcomes: Outcome[], windows: FaultWindow[], checks: CheckResult): { text: string; passed: boolean } {
  const forbidden = listForbiddenErrors(outcomes, windows);
  const findings = [
    ...forbidden
      .slice(0, 20)
      .map((o) => `error at ${(o.at / 1000).toFixed(1)} s outside a fault window or not clean: ${o.kind} ${o.error}`),
    ...checks.findings,
  ];
  const text = [
    formatRequests(outcomes),
    "",
    "Faults (window in seconds from the start):",
    ...windows.map((w) => `  ${w.name}: ${(w.from / 1000).toFixed(1)}–${(w.to / 1000).toFixed(1)}`),
    "Errors by kind:",
    formatErrors(outcomes),
    "",
    `Acknowledged changes: ${checks.acknowledged}; changes in the database (audit events): ${checks.stored}.`,
    `Figures compared with a recomputation for ${checks.scopes} scopes.`,
    forbidden.length + checks.findings.length === 0
      ? "Checks: 0 lost acknowledged changes, 0 duplicate signatures, one audit event per change, figures equal a recomputation, no unclean error."
      : `Findings (${forbidden.length + checks.findings.length}):\n${findings.map((f) => `  - ${f}`).join("\n")}`,
  ].join("\n");
  return { text, passed: forbidden.length + checks.findings.length === 0 };
}
