import { checkDatabase } from "@/lib/health";

// Public on purpose (load balancers, monitoring): it reveals nothing but up or down.
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "error", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
