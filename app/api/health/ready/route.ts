import { checkReadiness } from "@/lib/health";

// Readiness, public on purpose (load balancers, deploy scripts): whether this instance may take
// traffic. It names the reason, never an address, a version or an error message.
export async function GET() {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "not_ready", reason: readiness.reason }, { status: 503, headers });
}
