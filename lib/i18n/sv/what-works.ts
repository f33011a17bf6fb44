// Swedish strings: "Vad fungerar", the interventions beside comparable scenes (issue 15). Part of
// the sv locale (lib/i18n/sv.ts). The labels of the types and actors live in ./outcomes.ts.

export const whatWorks = {
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
