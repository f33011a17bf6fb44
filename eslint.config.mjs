import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

// ---------------------------------------------------------------------------------------------
// Import boundaries (README, "Layout of the code"): lib/ is below components/ and app/;
// components/ receive plain data and never reach the database; one file creates the Prisma client.
//
// Every import restriction of the codebase is a named group below. A file gets the groups of the
// first zone that matches it. Flat config keeps only the last options of a rule that a file
// matches, so `@typescript-eslint/no-restricted-imports` is set here once per zone, with the
// zone's groups merged, and nowhere else: a new restriction is a new group added to the zones
// it applies to.
// ---------------------------------------------------------------------------------------------

const root = import.meta.dirname;

/** The lib/ modules that declare themselves server-only: their runtime code never reaches a component. */
function listServerOnlyModules() {
  return readdirSync(path.join(root, "lib"), { recursive: true })
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("generated") && !/\.test\.tsx?$/.test(file))
    .filter((file) => /^import "server-only";$/m.test(readFileSync(path.join(root, "lib", file), "utf8")))
    .map(
      (file) =>
        `@/lib/${file
          .replace(/\.tsx?$/, "")
          .split(path.sep)
          .join("/")}`,
    )
    .sort();
}

const zodMessage = "Import z from @/lib/forms/zod, which sets the Swedish validation messages.";

const restrictions = {
  /**
   * Validation messages: zod is imported only by lib/forms/zod.ts, which sets its Swedish error map
   * before any schema is built, so no schema can run with zod's English messages.
   */
  zod: {
    paths: [{ name: "zod", message: zodMessage }],
    patterns: [{ group: ["zod/*"], message: zodMessage }],
  },
  /** Only lib/db.ts creates a Prisma client; everything else uses its `db` (types stay importable). */
  prismaClient: {
    patterns: [
      {
        regex: "(^@prisma/client|/generated/prisma/client)$",
        importNames: ["PrismaClient"],
        allowTypeImports: true,
        message: "Only lib/db.ts creates a Prisma client: use `db` or `createPrismaClient` from @/lib/db.",
      },
    ],
  },
  prismaAdapter: {
    paths: [
      {
        name: "@prisma/adapter-pg",
        allowTypeImports: true,
        message: "Only lib/db.ts connects Prisma to PostgreSQL: use `db` or `createPrismaClient` from @/lib/db.",
      },
    ],
  },
  lib: {
    patterns: [
      {
        regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
        message: "lib/ never imports from components/ or app/: move what both need into lib/.",
      },
    ],
  },
  components: {
    patterns: [
      {
        regex: "^@/lib/(db|generated)(/|$)",
        message: "Components never touch the database: the page reads through lib/ and passes plain data down.",
      },
      {
        regex: "^@/lib/.+/(queries|mutations)$",
        allowTypeImports: true,
        message: "Components never query or write: the page reads through lib/ and passes data (and server actions) down.",
      },
    ],
    // Queries and mutations are caught by the pattern above already.
    paths: listServerOnlyModules()
      .filter((name) => !/\/(queries|mutations)$/.test(name))
      .map((name) => ({
        name,
        allowTypeImports: true,
        message: "This module is server-only: read it in the page (app/) and pass plain data to the component.",
      })),
  },
  app: {
    patterns: [
      {
        regex: "^@/lib/(db|generated)(/|$)",
        allowTypeImports: true,
        message: "Pages and route handlers read through lib/ (queries, mutations), never the client itself.",
      },
    ],
  },
};

const { zod, prismaClient, prismaAdapter } = restrictions;
const zones = [
  { name: "lib/db.ts", files: ["lib/db.ts"], groups: [zod, restrictions.lib] },
  { name: "lib/forms/zod.ts", files: ["lib/forms/zod.ts"], groups: [prismaClient, prismaAdapter, restrictions.lib] },
  // The schema engine's driver adapter for migrations: a connection, not a Prisma client.
  { name: "scripts/db/adapter.ts", files: ["scripts/db/adapter.ts"], groups: [zod, prismaClient] },
  { name: "lib", files: ["lib/**"], groups: [zod, prismaClient, prismaAdapter, restrictions.lib] },
  { name: "components", files: ["components/**"], groups: [zod, prismaClient, prismaAdapter, restrictions.components] },
  { name: "app", files: ["app/**"], groups: [zod, prismaClient, prismaAdapter, restrictions.app] },
  { name: "everywhere", files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"], groups: [zod, prismaClient, prismaAdapter] },
];

/** One block per zone, the most general first, so that the first zone listed above wins. */
const importBoundaries = zones.toReversed().map(({ name, files, groups }) => ({
  name: `import-boundaries/${name}`,
  files,
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      { paths: groups.flatMap((g) => g.paths ?? []), patterns: groups.flatMap((g) => g.patterns ?? []) },
    ],
  },
}));

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextVitals,
  ...nextTypescript,
  {
    // Type-aware rules for the mistakes that bite server code: promises nobody awaits.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  ...importBoundaries,
  prettier,
];

export default config;
