import "server-only";
import { renderPage, type Rendered } from "./render";
import { pageCacheKey, readPage, storePage } from "./store";

// A cached page's answer (docs/decisions/0016): the stored HTML while the figures' generation
// holds, else the page rendered now and stored. Each answer carries the nonce the proxy issued for
// this request, in place of the one the HTML was rendered with.

const NONCE_HEADER = "x-nonce";

/** The headers of a page the cache answers, besides the proxy's and next.config.ts's. */
export function pageHeaders(cache: "hit" | "miss" | "bypass"): Record<string, string> {
  return {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "x-page-cache": cache,
  };
}

function htmlResponse(html: string, status: number, cache: "hit" | "miss" | "bypass", extra?: Headers): Response {
  const headers = new Headers(pageHeaders(cache));
  const location = extra?.get("location");
  if (location) headers.set("location", location);
  // Bytes, not a string: a Response checks a string body character by character.
  return new Response(Buffer.from(html), { status, headers });
}

function withNonce(rendered: Rendered, nonce: string): string {
  return rendered.nonce ? rendered.html.replaceAll(rendered.nonce, nonce) : rendered.html;
}

export type CachedPage = {
  /** The page's path and query, as the browser asked for it. */
  path: string;
  /** What the page's HTML depends on besides the figures: the user, their scope, the day, the query. Null: not cached. */
  key: string[] | null;
  /** Whether what `key` was built from still holds after rendering (e.g. no notification came meanwhile). */
  stillCurrent?: () => Promise<boolean>;
};

export async function serveCachedPage(request: Request, page: CachedPage): Promise<Response> {
  const nonce = request.headers.get(NONCE_HEADER);
  const key = page.key && pageCacheKey(page.key);
  if (!nonce || !key) {
    const rendered = await renderPage(request, page.path);
    return htmlResponse(nonce ? withNonce(rendered, nonce) : rendered.html, rendered.status, "bypass", rendered.headers);
  }
  const entry = await readPage(key);
  if (entry.html !== null && entry.nonce !== null) return htmlResponse(entry.html.replaceAll(entry.nonce, nonce), 200, "hit");
  const rendered = await renderPage(request, page.path);
  // The generation was read before rendering: a write after it moves it on, and this entry is never read.
  if (rendered.status === 200 && rendered.nonce && entry.generation !== null && ((await page.stillCurrent?.()) ?? true)) {
    await storePage(key, entry.generation, rendered.html, rendered.nonce);
  }
  return htmlResponse(withNonce(rendered, nonce), rendered.status, "miss", rendered.headers);
}
