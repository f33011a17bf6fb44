import { gzipSync } from "node:zlib";

// The JavaScript a page loads before anything is lazily imported: the script chunks its HTML names
// (<script src> and <link rel=preload as=script> under /_next/static/), gzipped here at zlib's default
// level, as `next start` compresses them, and summed. A `nomodule` script (Next's polyfills, ~40 kB)
// is left out: only a browser without JavaScript modules loads it, and none that the app supports.

export function scriptChunkUrls(html: string, origin: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/_next\/static\/[^"]+?\.js)(?:\?[^"]*)?"[^>]*>/g)) {
    const tag = match[0];
    if (tag.startsWith("<link") && !/\bas="script"/.test(tag) && !/rel="modulepreload"/.test(tag)) continue;
    if (/\bnomodule\b/i.test(tag)) continue;
    urls.add(new URL(match[1]!.replaceAll("&amp;", "&"), origin).toString());
  }
  return [...urls];
}

export async function measurePageJavaScript(
  pageUrl: string,
  headers: Record<string, string>,
): Promise<{ gzipBytes: number; chunks: number }> {
  const response = await fetch(pageUrl, { headers, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`JavaScript size: ${pageUrl} answered ${response.status}`);
  const urls = scriptChunkUrls(html, new URL(pageUrl).origin);
  if (urls.length === 0) throw new Error(`JavaScript size: ${pageUrl} names no script chunk`);
  let gzipBytes = 0;
  for (const url of urls) {
    const chunk = await fetch(url);
    if (chunk.status !== 200) throw new Error(`JavaScript size: ${url} answered ${chunk.status}`);
    gzipBytes += gzipSync(Buffer.from(await chunk.arrayBuffer())).length;
  }
  return { gzipBytes, chunks: urls.length };
}
