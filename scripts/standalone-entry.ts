import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The container's server: scripts/serve.ts (the client's address from the socket, body limits),
// bundled into .next/standalone/serve.mjs by scripts/build-standalone.ts. As Next's own
// standalone server.js does, it runs from its own directory with the configuration the build
// wrote, since next.config.ts and its compiler are not in the image.

const here = path.dirname(fileURLToPath(import.meta.url));
process.chdir(here);
const { config } = JSON.parse(readFileSync(path.join(here, ".next", "required-server-files.json"), "utf8")) as { config: unknown };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

await import("./serve");
