import "server-only";
import { RENDER_HEADER, RENDER_VALUE } from "./routes";

// Rendering a page for the cache: the server asks itself for it over loopback, with the caller's
// cookie, so that the page renders exactly as it would have, its own access checks included.

export type Rendered = { status: number; html: string; nonce: string | null; headers: Headers };

/** The CSP nonce a response was rendered with, from its policy header. */
export function readNonce(headers: Headers): string | null {
  return /'nonce-([^']+)'/.exec(headers.get("content-security-policy") ?? "")?.[1] ?? null;
}

/** The page at `pathWithSearch` as the caller would get it, without following a redirect. */
export async function renderPage(request: Request, pathWithSearch: string): Promise<Rendered> {
  const port = process.env.PORT ?? "3000";
  const headers = new Headers({ [RENDER_HEADER]: RENDER_VALUE, "accept-encoding": "identity" });
  for (const name of ["cookie", "host", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "user-agent", "accept-language"]) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const response = await fetch(`http://127.0.0.1:${port}${pathWithSearch}`, { headers, redirect: "manual", cache: "no-store" });
  return { status: response.status, html: await response.text(), nonce: readNonce(response.headers), headers: response.headers };
}
