import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI would download a native schema engine before `generate`, `validate` and `format`,
// which these offline machines cannot do, and those commands do not use it. Pointing the variable
// at any existing file skips the download. Migrations go through scripts/db (WebAssembly engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // process.env, not env(): env() throws when the variable is unset, which would break
  // `npm install` (postinstall runs `prisma generate`) on a machine without a database.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
