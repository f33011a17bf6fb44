// Swedish strings: "Vad fungerar", the county's interventions beside comparable scenes. Part of
// the sv locale (lib/i18n/sv.ts).

export const whatWorks = {
  title: "Vad fungerar",
  subtitle: "Länets insatser jämförda med platser utan dem",
  intro:
    "Per typ av insats, per ansvarig aktör och per kombination av aktörer: hur indikatorerna förändrades vid platserna med insatsen, jämfört med länets andra platser samma år. Underlaget är insatsregistret, indikatorerna och de årliga bedömningarna inom din behörighet.",
  scopeNote: (scope: string) => `Omfattning: ${scope}.`,
  fromYear: "Insatser som startade från år",
  toYear: "till och med år",
  allYears: "Alla år",
  show: "Visa",
  print: "Skriv ut eller spara som PDF",
  generated: (date: string) => `Sammanställd ${date} ur insatsregistret och den gemensamma kartläggningen.`,
  byType: "Per insatstyp",
  byActor: "Per ansvarig aktör",
  byActors: "Per kombination av aktörer",
  byActorsIntro: "Aktörer som startade insatser vid samma plats samma år.",
  empty: "Inga insatser registrerade inom din behörighet för de valda åren.",
  noDescription: "Ingen metodbeskrivning ännu.",
  summary: (interventions: number, scenes: number) =>
    `${interventions} ${interventions === 1 ? "insats" : "insatser"} vid ${scenes} ${scenes === 1 ? "plats" : "platser"}`,
  measure: "Mått",
  treated: "Med insatsen",
  beforeAfter: "Före → efter",
  change: "Förändring",
  comparison: "Jämförbara platser",
  difference: "Skillnad mot jämförelsen",
  scenes: "Platser",
  note: "Anmärkning",
  tooFew: "För få platser för att dra slutsatser",
  group: "Grupp",
  interventions: "Insatser",
  measures: {
    violent_crimes: "Anmälda våldsbrott per år (lägre är bättre)",
    detected_crimes: "Upptäcksbrott per år",
    police_actions: "Andel platser där polisen har arbetat",
    unsafe_share: "Andel otrygga inom 500 m (lägre är bättre)",
    ceased: "Andel platser som inte längre räknas två år senare",
  },
  shortMeasures: {
    violent_crimes: "Våldsbrott",
    unsafe_share: "Otrygghet",
    ceased: "Upphört",
  },
  detectedNote: "Upptäcksbrott speglar polisens arbete lika mycket som brottsligheten: läs dem tillsammans med raden under.",
  effects: "Bedömd effekt",
  effectCounts: (e: { positive: number; none: number; negative: number; unclear: number; notEvaluated: number }) =>
    `positiv ${e.positive} · ingen ${e.none} · negativ ${e.negative} · oklar ${e.unclear} · ej utvärderad ${e.notEvaluated}`,
  percentagePoints: "procentenheter",
  method: "Så räknas jämförelsen",
  methodText: [
    "För varje plats med en insats jämförs medelvärdet för de två åren före insatsens startår med medelvärdet för de två åren efter; startåret räknas inte, eftersom det blandar före och efter. Samma förändring räknas för jämförbara platser: länets andra platser som räknades som öppna drogscener samma startår och inte hade en insats av samma slag inom två år. Skillnaden mellan de två förändringarna är insatsens skillnad mot jämförelsen (difference-in-differences).",
    "Siffrorna visar vad som hände samtidigt som insatserna, inte att insatserna orsakade det. När en siffra vilar på färre än fem platser står det att underlaget är för litet för att dra slutsatser.",
  ],
  exportsTitle: "Ladda ner",
} as const;
