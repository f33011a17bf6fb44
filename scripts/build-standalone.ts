import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

// Usage: tsx scripts/build-standalone.ts  (npm run build:standalone; the Dockerfile's build step)
// Next's standalone output, completed into a directory that runs on its own with
// `node serve.mjs`: the static files and public/ beside it (Next leaves them out on purpose, for a
// CDN), the migrations the readiness check compares with, and our server (scripts/serve.ts)
// bundled, with `next` taken from the traced node_modules.

const out = path.resolve(".next/standalone");

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit code ${result.status})`);
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  run(path.resolve("node_modules/.bin/next"), ["build"], { NEXT_OUTPUT: "standalone" });
  if (!existsSync(path.join(out, "server.js"))) throw new Error("next build wrote no standalone server");
  cpSync(".next/static", path.join(out, ".next/static"), { recursive: true });
  cpSync("public", path.join(out, "public"), { recursive: true });
  cpSync("prisma/migrations", path.join(out, "prisma/migrations"), { recursive: true });
  await build({
    entryPoints: ["scripts/standalone-entry.ts"],
    outfile: path.join(out, "serve.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: "tsconfig.json",
    // The traced copy of Next (and what it loads itself) is in the standalone node_modules.
    external: ["next", "next/*"],
    // Bundled CommonJS modules call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "warning",
  });
  console.log(`standalone server: node ${path.relative(process.cwd(), path.join(out, "serve.mjs"))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
