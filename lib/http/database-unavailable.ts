import { isDatabaseUnavailable } from "@/lib/db-unavailable";
import { messages } from "@/lib/i18n";

// A route handler's answer while the database restarts or is out of reach: 503 with Retry-After
// and the Swedish "try again" (JSON for the API, a plain page for the dashboard's HTML), instead
// of an empty 500. Anything else goes on as thrown.

const RETRY_AFTER_SECONDS = "5";

function unavailablePage(): Response {
  const { unavailableTitle, databaseUnavailable } = messages.errors;
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${unavailableTitle}</title></head><body><main><h1>${unavailableTitle}</h1><p>${databaseUnavailable}</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": RETRY_AFTER_SECONDS },
  });
}

export function respondWhenDatabaseUnavailable<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
  answer: "json" | "html" = "json",
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (answer === "html") return unavailablePage();
      return Response.json(
        { error: messages.errors.databaseUnavailable },
        { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": RETRY_AFTER_SECONDS } },
      );
    }
  };
}
