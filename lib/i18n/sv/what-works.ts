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
  emptyCombinations: "Inga platser där flera aktörer startade insatser samma år, inom din behörighet för de valda åren.",
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
  scenesBehind: "Platser (med insatsen / jämförbara)",
  scenesPair: (treated: number, comparison: number) => `${treated} / ${comparison}`,
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
  /** The CSV and XLSX of the same figures: one row per group and measure (lib/what-works/export.ts). */
  export: {
    sheetName: "Vad fungerar",
    columnsSheet: "Kolumner",
    column: "Kolumn",
    description: "Beskrivning",
    aboutSheet: "Om siffrorna",
    cuts: { type: "Insatstyp", actor: "Ansvarig aktör", actors: "Kombination av aktörer" },
    measures: {
      violent_crimes: "Anmälda våldsbrott",
      detected_crimes: "Upptäcksbrott",
      unsafe_share: "Andel otrygga",
      police_actions: "Andel platser med polisiära åtgärder",
    },
    ceased: "Andel platser som upphört två år senare",
    tooFew: "för få platser för att dra slutsatser",
    /** The joint between the actors of a combination: "Polisen + Kommunen". */
    actorsJoint: " + ",
    headers: {
      cut: "Indelning",
      group: "Grupp",
      interventions: "Insatser",
      scenes: "Platser",
      measure: "Mått",
      before: "Före",
      after: "Efter",
      change: "Förändring",
      treatedScenes: "Platser (insats)",
      comparisonBefore: "Jämförelse före",
      comparisonAfter: "Jämförelse efter",
      comparisonChange: "Jämförelse förändring",
      comparisonScenes: "Platser (jämförelse)",
      difference: "Skillnad",
      note: "Anmärkning",
      positive: "Positiv effekt",
      none: "Ingen märkbar effekt",
      negative: "Negativ effekt",
      unclear: "Oklar effekt",
      notEvaluated: "Ej utvärderade",
    },
    descriptions: {
      cut: "Hur insatserna grupperas: per insatstyp, per ansvarig aktör, eller per kombination av aktörer som startat insatser på samma plats samma år.",
      group: "Insatstypen, aktören eller aktörerna i kombinationen.",
      interventions: "Gruppens insatser med startår inom urvalet (samma på gruppens alla rader).",
      scenes: "Platser med minst en av gruppens insatser (samma på gruppens alla rader).",
      measure: "Vad som följs: tre indikatorer, polisens insatser och andelen platser som upphört.",
      before: "Medelvärdet de två åren före startåret, för platserna med insatser.",
      after: "Medelvärdet de två åren efter startåret (startåret räknas inte), för platserna med insatser.",
      change:
        "Medelvärdet av förändringen (efter − före) per plats, för platserna med värden både före och efter. För andelen som upphört: andelen av platserna som räknades startåret men inte två år senare.",
      treatedScenes: "Platser med insatser som förändringen bygger på.",
      comparisonBefore: "Som Före, för jämförbara platser: räknade samma startår, utan insats i gruppen inom två år.",
      comparisonAfter: "Som Efter, för de jämförbara platserna.",
      comparisonChange: "Som Förändring, för de jämförbara platserna, vägt efter insatsernas startår.",
      comparisonScenes: "Jämförbara platser som jämförelsen bygger på.",
      difference: "Förändring − Jämförelse förändring: hur mycket mer (eller mindre) det ändrades där insatserna gjordes.",
      note: "”för få platser för att dra slutsatser” när någon sida bygger på färre platser än gränsen.",
      positive: "Gruppens insatser utvärderade med positiv effekt (samma på gruppens alla rader).",
      none: "Gruppens insatser utvärderade utan märkbar effekt.",
      negative: "Gruppens insatser utvärderade med negativ effekt.",
      unclear: "Gruppens insatser utvärderade med oklar effekt.",
      notEvaluated: "Gruppens insatser som inte har utvärderats.",
    },
    about: {
      years: (from: number | null, to: number | null) => {
        if (from !== null && to !== null) return from === to ? `Insatser med startår ${from}.` : `Insatser med startår ${from}–${to}.`;
        if (from !== null) return `Insatser med startår från och med ${from}.`;
        if (to !== null) return `Insatser med startår till och med ${to}.`;
        return "Insatser med alla startår.";
      },
      minScenes: (min: number) =>
        `En siffra som bygger på färre än ${min} platser (på någon sida) har anmärkningen ”för få platser för att dra slutsatser”.`,
      scope: "Endast platserna inom din behörighet, även de jämförbara.",
      detected:
        "Upptäcksbrott speglar polisens egen aktivitet lika mycket som brottsligheten: läs dem tillsammans med andelen platser med polisiära åtgärder.",
      columns: "Bladet Kolumner beskriver varje kolumn.",
    },
  },
  /** GET /api/v1/what-works and the exports' answers to a query they cannot read. */
  api: {
    invalidYear: (param: string) => `Ange ett giltigt startår (ÅÅÅÅ) i ${param}.`,
    reversed: "Startåret i fran ligger efter startåret i till.",
  },
} as const;
