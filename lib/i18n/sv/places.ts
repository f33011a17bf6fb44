// Swedish strings: a place's attribution from its point, and Stockholm city's boundary files.
// Part of the sv locale (lib/i18n/sv.ts).

const at = (index: number) => `Objekt ${index + 1} (features[${index}])`;

export const places = {
  import: {
    badFeature: (index: number) =>
      `${at(index)}: saknar namn eller har en geometri som inte är en Polygon eller MultiPolygon med slutna ringar av WGS84-punkter.`,
    duplicate: (index: number, name: string) => `${at(index)}: ${name} finns redan tidigare i filen.`,
    unknownDistrict: (index: number, name: string) => `${at(index)}: stadsdelsområdet ${name} finns inte i grunddatan.`,
    unknownPoliceArea: (index: number, name: string) => `${at(index)}: lokalpolisområdet ${name} finns inte i grunddatan.`,
    noReference: "Databasen saknar Stockholms stadsdelsområden. Lägg in grunddata först (npm run db:seed).",
    importedDistricts: (count: number, path: string) => `Importerade ${count} stadsdelsområdesgränser från ${path}.`,
    importedCityParts: (count: number, path: string) => `Importerade ${count} stadsdelar från ${path}.`,
  },
  attribution: {
    municipalityMismatch: (actual: string, code: string, stated: string) => `Punkten ligger i ${actual} (${code}), inte i ${stated}.`,
    districtMismatch: (actual: string, stated: string) => `Punkten ligger i stadsdelsområdet ${actual}, inte i ${stated}.`,
    districtMissing: (actual: string) => `Punkten ligger i stadsdelsområdet ${actual}.`,
    policeAreaMismatch: (actual: string, where: string, stated: string) =>
      `Punkten ligger i ${where}, som hör till lokalpolisområde ${actual}, inte ${stated}.`,
    override: "Behåll den valda indelningen trots att punkten ligger någon annanstans",
    overrideHint: "Endast administratörer. Skälet sparas i ändringsloggen.",
    overrideReason: "Skäl till avvikelsen",
    overrideReasonRequired: "Ange skälet till att indelningen avviker från punkten.",
    lookupFilled: (where: string) => `Ifyllt från punkten: ${where}.`,
    lookupOutside: "Punkten ligger utanför de inlästa gränserna. Välj kommun, stadsdelsområde och lokalpolisområde själv.",
    lookupFailed: "Indelningen kunde inte hämtas. Välj själv; den kontrolleras när du sparar.",
    policeAreaChoose: "Stadsdelsområdet delas av flera lokalpolisområden: välj det som gäller.",
  },
} as const;
