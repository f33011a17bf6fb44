import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The browser's JavaScript carries only the strings of the areas it shows: `@/lib/i18n` holds every
// string of the app (~25 kB gzipped), and a client component that imported it, directly or through
// a module it imports, would put all of them on every page that shows it (issue 13's budget of
// 150 kB of JavaScript on a page without a map).

const ROOT = path.resolve(__dirname, "../..");
const IMPORT = /^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms;

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  }
  return null;
}

/** The modules reachable from the client components that import the whole set of strings. */
function clientModulesImportingAllStrings(): string[] {
  const files = ["app", "components", "lib"]
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(ROOT, dir, f)))
    .filter((f) => /\.tsx?$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`));
  const clientRoots = files.filter((f) => /^"use client";/m.test(readFileSync(f, "utf8")));
  const seen = new Set<string>();
  const found = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A server action is called by reference from the browser: its imports stay on the server.
    if (/^"use server";/m.test(source)) return;
    for (const [, typeOnly, spec] of source.matchAll(IMPORT)) {
      if (typeOnly) continue;
      if (spec === "@/lib/i18n") found.add(path.relative(ROOT, file));
      const next = resolve(file, spec!);
      if (next) visit(next);
    }
  };
  clientRoots.forEach(visit);
  return [...found].sort();
}

describe("strings in the browser's JavaScript", () => {
  it("no client component reaches @/lib/i18n: they import their area's module", () => {
    expect(clientModulesImportingAllStrings()).toEqual([]);
  });
});
