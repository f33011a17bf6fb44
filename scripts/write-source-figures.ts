// `npx tsx scripts/write-source-figures.ts`: writes tests/fixtures/source-figures.json from its
// generator, so that an operator can `npm run import -- tests/fixtures/source-figures.json`. The
// integration test fails when the written file and the generator disagree.
import { writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";
import { buildSourceFigures } from "@/tests/fixtures/source-figures";

const file = "tests/fixtures/source-figures.json";
const options = (await resolveConfig(file)) ?? {};
await writeFile(file, await format(JSON.stringify(buildSourceFigures()), { ...options, parser: "json" }));
console.log(`Wrote ${file}.`);
