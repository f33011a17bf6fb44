// Swedish strings: the review loop (the co-signer's comparison with the year before, returns in the
// work list, the long form's error summary and section list, names in the history). Part of the sv
// locale (lib/i18n/sv.ts).

export const review = {
  // The analyst's work list
  submitted: "Inskickade – väntar på kommunen",
  noSubmitted: "Inga inskickade bedömningar väntar på kommunen.",
  submittedAt: "Inskickad",
  returnedBy: "Returnerad av",
  /** "Klara Stockholm (Kommunrepresentant), 2026-10-08 12:30" */
  byWhomWhen: (name: string, role: string, time: string) => `${name} (${role}), ${time}`,
  noComment: "Ingen kommentar.",

  // The assessment page of a returned assessment
  returnedTitle: "Returnerad av kommunen",
  returnedByLine: (name: string, role: string, time: string) => `${name} (${role}) returnerade bedömningen ${time}:`,

  // The co-signer's comparison with the previous final assessment
  comparisonTitle: "Utbredning jämfört med tidigare",
  comparisonMapLabel: (year: number, previous: number | null) =>
    previous === null ? `Karta: platsens utbredning ${year}` : `Karta: platsens utbredning ${year} och ${previous}`,
  legend: "Teckenförklaring",
  currentOutline: (year: number) => `Utbredning ${year} (heldragen linje, fylld)`,
  previousOutline: (year: number) => `Utbredning ${year} (streckad linje)`,
  scenePoint: "Platsens punkt",
  areaIn: (year: number) => `Yta ${year}`,
  change: "Förändring",
  noArea: "ingen utbredning angiven",
  noPrevious: "Det finns ingen tidigare slutlig bedömning att jämföra med.",
  noChange: "oförändrad",
  noExtentAtAll: "Ingen utbredning är angiven, varken i år eller tidigare.",
  /** The previous final assessment's answer beside a changed one. */
  previousAnswer: (year: number, current: number) => (year === current - 1 ? `Förra året (${year})` : `Senaste bedömningen (${year})`),
  changedBadge: "Ändrat",

  // The long form: the error summary and the section list
  errorSummaryTitle: (count: number) => (count === 1 ? "Det finns 1 fel i formuläret" : `Det finns ${count} fel i formuläret`),
  errorSummaryIntro: "Rätta felen och försök igen. Länkarna leder till frågorna.",
  sectionsTitle: "Formulärets delar",
  areaSection: "Område och utbredning det året",
  areaSectionDescription: "Var platsen låg det året: kommun, lokalpolisområde, stadsdelsområde och utbredning på kartan.",
  sectionStates: { done: "klar", missing: "saknar svar", error: "fel" },
  requiredAnswered: (answered: number, required: number) =>
    required === 0 ? "inga obligatoriska frågor" : `${answered} av ${required} obligatoriska besvarade`,
  errorCount: (count: number) => (count === 1 ? "1 fel" : `${count} fel`),

  // The history
  actorWithRole: (name: string, role: string) => `${name} (${role})`,
} as const;
