import { afterEach, describe, expect, it, vi } from "vitest";

const TOKEN = "metrics-token-for-the-test-0123456789";

/** The route as a fresh module graph sees it: lib/env reads the environment once per graph. */
async function loadRoute(token: string | undefined) {
  vi.resetModules();
  vi.stubEnv("METRICS_TOKEN", token);
  const [route, metrics, { db }] = await Promise.all([
    import("@/app/api/metrics/route"),
    import("@/lib/observability/metrics"),
    import("@/lib/db"),
  ]);
  return { GET: route.GET, getMetrics: metrics.getMetrics, db };
}

const scrape = (GET: (request: Request) => Promise<Response>, authorization?: string) =>
  GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("GET /api/metrics", () => {
  it("does not exist without METRICS_TOKEN", async () => {
    const { GET } = await loadRoute(undefined);
    expect((await scrape(GET, `Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("refuses a scrape without the token or with a wrong one", async () => {
    const { GET } = await loadRoute(TOKEN);
    const without = await scrape(GET);
    expect(without.status).toBe(401);
    expect(await without.text()).not.toContain("ods_");
    expect((await scrape(GET, `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(GET, `Bearer ${TOKEN.slice(1)}`)).status).toBe(401);
    expect((await scrape(GET, TOKEN)).status).toBe(401);
  });

  it("answers the token with the request histogram, the counters and the database pool", async () => {
    const { GET, getMetrics, db } = await loadRoute(TOKEN);
    // Label values of this test's own, whatever else the process has counted.
    getMetrics().httpRequestDuration.observe({ route: "/metrics-test/[id]", method: "GET", status: "200" }, 0.042);
    getMetrics().signInFailures.inc({ method: "metrics-test", reason: "invalid" });
    await db.$queryRaw`SELECT 1`;
    const response = await scrape(GET, `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    expect(body).toContain('ods_http_request_duration_seconds_bucket{le="0.05",route="/metrics-test/[id]",method="GET",status="200"} 1');
    expect(body).toContain('ods_sign_in_failures_total{method="metrics-test",reason="invalid"} 1');
    expect(body).toMatch(/ods_database_pool_connections\{state="total"\} [1-9]/);
    expect(body).toContain("ods_process_cpu_seconds_total");
  });
});
