import "server-only";
import { LRUCache } from "lru-cache";
import { compileGzipTemplate, fillGzipTemplate, fillTemplate, type GzipTemplate } from "@/lib/http/gzip-template";
import { readPage } from "@/lib/page-cache/store";

// The cached pages this process answers often, held in memory as compressed templates
// (lib/http/gzip-template.ts): a hit then costs neither the page's bytes from the database nor a
// compression. A copy is used only when the database names it as the current page (the statement
// that reads the generation compares the nonce, unique to each render), so another instance's
// write makes it unused at once, as it does the stored page.

/** Held by their bytes, uncompressed and compressed; the least recently used go first. */
const MAX_BYTES = 16 * 2 ** 20;

type Held = { nonce: string; template: GzipTemplate };

const held = new LRUCache<string, Held>({
  maxSize: MAX_BYTES,
  sizeCalculation: ({ template }) => [...template.parts, ...template.compressed].reduce((sum, part) => sum + part.length, 0) || 1,
});

/** A page's body with `nonce` in the places of the one it was rendered with: plain and gzipped. */
export type PageBody = { plain: Buffer; gzip: Buffer };

/** The current page stored under `key` with `nonce` in it, or null when there is none. */
export async function readHeldPage(key: string, nonce: string): Promise<PageBody | null> {
  const copy = held.get(key);
  const page = await readPage(key, copy?.nonce ?? null);
  if (page.nonce === null) return null;
  let template: GzipTemplate;
  if (page.html === null) {
    if (copy?.nonce !== page.nonce) return null;
    template = copy.template;
  } else {
    template = compileGzipTemplate(page.html, page.nonce);
    held.set(key, { nonce: page.nonce, template });
  }
  return { plain: fillTemplate(template, nonce), gzip: fillGzipTemplate(template, nonce) };
}
