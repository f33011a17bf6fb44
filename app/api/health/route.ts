// Liveness, public on purpose: the process answers. It touches no database, so an orchestrator
// does not restart a healthy process because the database is away (that is /api/health/ready).
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
