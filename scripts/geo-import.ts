// `npm run geo:import -- <file.geojson>`: imports the county's municipality boundaries from a
// GeoJSON file (WGS84; properties KnKod/KnNamn as in SCB's "Digitala gränser", or code/name).
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { importBoundariesFromFile } from "@/lib/map/mutations";

const t = messages.map.boundaries;

async function main(argv: string[]): Promise<number> {
  const [file, ...rest] = argv.filter((arg) => arg !== "--");
  if (!file || rest.length > 0) {
    console.error(t.usage);
    return 2;
  }
  const result = await importBoundariesFromFile(file);
  if (!result.ok) {
    console.error(t.failed);
    for (const error of result.errors) console.error(`  ${error}`);
    return 1;
  }
  console.log(t.imported(result.count, file));
  if (result.missing.length > 0) console.warn(t.missing(result.missing));
  return 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
