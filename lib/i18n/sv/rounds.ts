// Swedish strings: the yearly round (kartläggningen). Part of the sv locale (lib/i18n/sv.ts).

const dayFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "UTC" });
/** A calendar day (YYYY-MM-DD) in words: "15 december 2026". */
const day = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

export const rounds = {
  title: "Kartläggningen",
  adminTitle: "Kartläggningsomgångar",
  adminIntro:
    "Öppna årets kartläggning med en sista dag. Alla aktiva platser ska då bedömas av lokalpolisområdets analytiker och medsigneras av kommunen. Året är klart när alla aktiva platser har en slutförd bedömning, eller när du stänger omgången.",
  navLink: "Kartläggning",
  openTitle: "Öppna en omgång",
  year: "År",
  deadline: "Sista dag",
  deadlineHint: "Skriv datumet som ÅÅÅÅ-MM-DD.",
  open: "Öppna kartläggningen",
  extendTitle: "Ändra sista dag",
  extend: "Spara ny sista dag",
  close: "Stäng omgången",
  closeConfirm:
    "När omgången stängs räknas året som klart: platser som inte har bedömts redovisas som ej bedömda, och siffrorna är inte längre preliminära.",
  confirmClose: "Ja, stäng omgången",
  reopen: "Öppna omgången igen",
  noRounds: "Ingen omgång har öppnats ännu.",
  roundsCaption: "Omgångar",
  status: "Läge",
  opened: "Öppnad",
  statusOpen: "Pågår",
  statusClosed: "Stängd",
  deadlineRequired: "Ange sista dag.",
  deadlineInvalid: "Ange sista dag som ett datum, ÅÅÅÅ-MM-DD.",
  deadlinePast: "Sista dag kan inte ha passerat.",
  deadlineNotLater: "Den nya sista dagen måste vara senare än den nuvarande.",
  alreadyOpen: (year: number) => `Kartläggningen ${year} är redan öppnad.`,
  questionnaireDraft: (year: number) =>
    `Frågeformuläret för ${year} är ett utkast. Publicera det under Frågeformulär innan kartläggningen öppnas.`,
  alreadyClosed: "Omgången är stängd. Öppna den igen först.",
  noQuestionnaire: (year: number) => `Det finns inget publicerat frågeformulär för ${year}. Publicera formuläret först.`,
  // The round's state, as every role sees it.
  summaryTitle: (year: number) => `Kartläggningen ${year}`,
  notOpened: (year: number) => `Kartläggningen ${year} har inte öppnats med en sista dag.`,
  deadlineLine: (deadline: string, daysLeft: number) =>
    daysLeft > 1
      ? `Sista dag ${day(deadline)} (${daysLeft} dagar kvar).`
      : daysLeft === 1
        ? `Sista dag ${day(deadline)} (i morgon).`
        : daysLeft === 0
          ? `Sista dag ${day(deadline)} (i dag).`
          : `Sista dagen, ${day(deadline)}, har passerat.`,
  closedLine: "Omgången är stängd: årets siffror är slutliga.",
  completeLine: "Alla aktiva platser har en slutförd bedömning: årets siffror är slutliga.",
  progressLine: (assessed: number, active: number) => `${assessed} av ${active} aktiva platser bedömda.`,
  yourShare: "din del",
  scenesTitle: "Platser i kartläggningen",
  scenesIntro: "Varje aktiv plats och vem som ska göra nästa steg.",
  notAssessedTitle: "Ej bedömda när omgången stängdes",
  scene: "Plats",
  municipality: "Kommun",
  policeArea: "Lokalpolisområde",
  assessment: "Bedömning",
  nextStep: "Nästa steg",
  notStarted: "Inte påbörjad",
  steps: {
    analyst: "Polisanalytiker",
    municipality: "Kommunen medsignerar",
    done: "Klar",
  },
  day,
} as const;
