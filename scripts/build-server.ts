import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

// Usage: tsx scripts/build-server.ts  (part of `npm run build`)
// Our server (scripts/serve.ts) bundled into .next/serve.mjs, as `npm start` runs it: compiled
// once at build time, not by tsx at every start, which kept its own loader thread and a second,
// source-mapped copy of lib/ beside Next's (~110 MB more memory, measured by the bench).
// scripts/build-standalone.ts bundles the container's entry with the same function.

/** Next itself stays outside: the copy in node_modules, the one its server loads its parts from. */
const nextExternal: Plugin = {
  name: "next-external",
  setup(build) {
    build.onResolve({ filter: /^next$/ }, ({ path: name }) => ({ path: name, external: true }));
    // Next has no exports map: an ES module names its files with their extension.
    build.onResolve({ filter: /^next\/[^.]+$/ }, ({ path: name }) => ({ path: `${name}.js`, external: true }));
  },
};

export async function bundleServer(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: "tsconfig.json",
    plugins: [nextExternal],
    // As `tsx --conditions=react-server` runs lib/: it guards its server modules with "server-only".
    conditions: ["react-server"],
    // Bundled CommonJS modules call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "warning",
  });
}

export const SERVER_BUNDLE = ".next/serve.mjs";

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? "")).href) {
  await bundleServer("scripts/serve.ts", SERVER_BUNDLE);
}
