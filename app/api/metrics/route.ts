import { getEnv } from "@/lib/env";
import { getMetrics } from "@/lib/observability/metrics";
import { hasMetricsToken } from "@/lib/observability/metrics-access";

// For the Prometheus scraper, not for people: a bearer token of its own (METRICS_TOKEN), no
// session. Without the variable the endpoint does not exist.
export async function GET(request: Request) {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return new Response("Not Found", { status: 404 });
  if (!hasMetricsToken(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  }
  const { registry } = getMetrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
