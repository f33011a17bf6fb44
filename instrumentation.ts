import type { Instrumentation } from "next";

// Server errors go to the log with their stack; the client sees only Next's error page and digest.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getLogger }, { REQUEST_ID_HEADER }] = await Promise.all([
    import("@/lib/observability/logger"),
    import("@/lib/observability/request-context"),
  ]);
  const requestId = request.headers[REQUEST_ID_HEADER];
  getLogger().error(
    {
      err: error,
      requestId: typeof requestId === "string" ? requestId : null,
      // The route's pattern, not the path: a path may carry ids and search terms.
      route: context.routePath,
      routeType: context.routeType,
      method: request.method,
    },
    "request failed",
  );
};
