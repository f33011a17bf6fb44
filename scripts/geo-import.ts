// `npm run geo:import -- <file.geojson>`: imports boundaries from a GeoJSON file (WGS84): the
// county's municipalities (properties KnKod/KnNamn as in SCB's "Digitala gränser", or code/name),
// or Stockholm city's district areas (`namn`) or stadsdelar (`stadsdel`, `stadsdelsomrade`, `lpo`),
// told apart by their properties.
// Exit code 0: imported, 1: errors in the file (nothing imported), 2: wrong usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { messages } from "@/lib/i18n";
import { importBoundariesFromFile } from "@/lib/map/mutations";
import { done, fileArgument, refused, runCommand, wrongUsage } from "./cli";

const t = messages.map.boundaries;

// The library reads the file itself: the seed imports the demo boundaries the same way.
runCommand(async (args) => {
  const file = fileArgument(args);
  if (!file) return wrongUsage(t.usage);
  const result = await importBoundariesFromFile(file);
  if (!result.ok)
    return refused(
      result.errors.map((error) => `  ${error}`),
      t.failed,
    );
  const places = messages.places.import;
  const line = { municipalities: t.imported, districts: places.importedDistricts, cityParts: places.importedCityParts }[result.kind];
  const code = done(line(result.count, file));
  if (result.missing.length > 0) console.warn(t.missing(result.missing));
  return code;
});
