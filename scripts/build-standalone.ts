import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bundleServer } from "./build-server";

// Usage: tsx scripts/build-standalone.ts  (npm run build:standalone; the Dockerfile's build step)
// Next's standalone output, completed into a directory that runs on its own with
// `node serve.mjs`: the static files and public/ beside it (Next leaves them out on purpose, for a
// CDN), the migrations the readiness check compares with, and our server (scripts/serve.ts)
// bundled as for `npm start` (scripts/build-server.ts), with `next` taken from the traced
// node_modules.

const out = path.resolve(".next/standalone");

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit code ${result.status})`);
}

/**
 * The files of Next our bundle imports by name (next/headers.js, …): Next's trace keeps only what
 * its own server loads, and its bundles carry their own copy of those.
 */
function copyNextFilesImported(bundle: string): void {
  for (const [, file] of readFileSync(bundle, "utf8").matchAll(/(?:from |import |import\()"(next\/[^"]+\.js)"/g)) {
    const target = path.join(out, "node_modules", file!);
    if (!existsSync(target)) cpSync(path.resolve("node_modules", file!), target);
  }
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  run(path.resolve("node_modules/.bin/next"), ["build"], { NEXT_OUTPUT: "standalone" });
  if (!existsSync(path.join(out, "server.js"))) throw new Error("next build wrote no standalone server");
  cpSync(".next/static", path.join(out, ".next/static"), { recursive: true });
  cpSync("public", path.join(out, "public"), { recursive: true });
  cpSync("prisma/migrations", path.join(out, "prisma/migrations"), { recursive: true });
  await bundleServer("scripts/standalone-entry.ts", path.join(out, "serve.mjs"));
  copyNextFilesImported(path.join(out, "serve.mjs"));
  console.log(`standalone server: node ${path.relative(process.cwd(), path.join(out, "serve.mjs"))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
