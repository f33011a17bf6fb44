// Swedish strings: the questionnaire versions an administrator prepares, previews, compares and
// publishes (/admin/formular). Part of the sv locale (lib/i18n/sv.ts).

const kinds = {
  multi: "Flerval (flera svar)",
  single: "Enval (ett svar)",
  boolean: "Ja eller nej",
  text: "Fritext",
} as const;

export const questionnaires = {
  title: "Frågeformulär",
  navLabel: "Frågeformulär",
  intro:
    "Ett frågeformulär per år. Förbered nästa års version som en kopia av den senaste publicerade, ändra den och publicera den. Koderna ändras aldrig: exporter, import och API använder dem. Ett publicerat formulär låses när den första bedömningen för året har påbörjats.",
  versionsCaption: "Formulär per år",
  year: "År",
  state: "Status",
  questions: "Frågor",
  actions: "Åtgärder",
  states: { draft: "Utkast", published: "Publicerat", frozen: "Publicerat, låst" },
  stateDraft: "Utkast: analytikerna ser det inte förrän det har publicerats.",
  statePublished: (day: string, by: string | null) =>
    `Publicerat ${day}${by ? ` av ${by}` : ""}. Det kan ändras tills den första bedömningen för året påbörjas.`,
  stateFrozen: (day: string, count: number) =>
    `Publicerat ${day}. Låst: ${count === 1 ? "1 bedömning använder" : `${count} bedömningar använder`} formuläret, så det kan inte längre ändras.`,
  questionCount: (n: number) => (n === 1 ? "1 fråga" : `${n} frågor`),
  edit: "Ändra",
  show: "Visa",
  editYear: (year: number) => `Ändra formuläret för ${year}`,
  showYear: (year: number) => `Visa formuläret för ${year}`,
  preview: "Förhandsgranska",
  previewYear: (year: number) => `Förhandsgranska formuläret för ${year}`,
  compareWith: (year: number) => `Jämför med ${year}`,
  prepare: (year: number) => `Förbered ${year}`,
  prepareIntro: (year: number, from: number | null) =>
    from === null
      ? `Skapar ${year} års formulär som ett utkast från den första versionen.`
      : `Skapar ${year} års formulär som ett utkast, en kopia av ${from} års publicerade formulär. Analytikerna ser det först när det har publicerats.`,
  prepareTitle: "Nästa års formulär",
  nothingToPrepare: "Nästa års formulär finns redan.",
  alreadyExists: (year: number) => `Formuläret för ${year} finns redan.`,
  yearNotPreparable: "Formulär kan bara förberedas för i år och nästa år.",
  notFound: "Formuläret finns inte.",
  stale:
    "Någon annan har ändrat formuläret medan du arbetade, och din ändring sparades inte. Ladda om sidan för att utgå från det som är sparat nu; det du skrev står kvar.",

  editorTitle: (year: number) => `Frågeformulär ${year}`,
  backToList: "Till alla formulär",
  backToYear: (year: number) => `Till formuläret för ${year}`,
  section: "Avsnitt",
  code: "Kod",
  kind: "Typ",
  kinds,
  required: "Obligatorisk",
  requirement: "Krav",
  requirements: {
    required: "Obligatorisk",
    optional: "Frivillig",
    when: (question: string, value: string) => `Obligatorisk när ”${question}” är ${value}`,
  },
  options: "Alternativ",
  option: "Alternativ",
  label: "Text",
  retiredSuffix: "utgått",
  optionCount: (offered: number, retired: number) =>
    `${offered} alternativ${retired ? `, ${retired} ${retired === 1 ? "utgånget" : "utgångna"}` : ""}`,
  editQuestion: "Ändra frågan",
  editQuestionFor: (label: string) => `Ändra frågan ”${label}”`,

  publishTitle: "Publicera",
  publishIntro:
    "Publicera formuläret när det är klart. Årets kartläggning kan öppnas först när formuläret är publicerat, och när den första bedömningen har påbörjats låses formuläret.",
  publish: (year: number) => `Publicera ${year} års formulär`,
  publishConfirmText: (year: number) =>
    `Formuläret för ${year} blir det som analytikerna fyller i. Du kan fortfarande ändra det tills den första bedömningen för året påbörjas; sedan är det låst.`,
  publishConfirm: "Ja, publicera",
  published: "Formuläret är publicerat.",
  alreadyPublished: "Formuläret är redan publicerat.",
  frozen: (year: number) => `Formuläret för ${year} används redan av bedömningar och kan inte ändras. Ändra nästa års formulär i stället.`,

  // Editing
  saved: "Ändringen har sparats.",
  unchanged: "Inget ändrades: texten var redan sådan.",
  renameQuestion: "Frågans text",
  renameOption: (code: string) => `Text för alternativet ${code}`,
  save: "Spara",
  saveOptionLabel: (code: string) => `texten för ${code}`,
  makeRequired: "Gör obligatorisk",
  makeOptional: "Gör frivillig",
  requiredNow: "Frågan är obligatorisk när bedömningen skickas in.",
  optionalNow: "Frågan är frivillig.",
  conditionalNote: "Kravet beror på ett annat svar och ändras inte här.",
  retire: "Låt utgå",
  restore: "Återinför",
  optionNamed: (label: string) => `alternativet ”${label}”`,
  optionActive: "Erbjuds",
  optionRetired: "Utgått",
  retireHint:
    "Ett alternativ tas aldrig bort: ett utgånget alternativ erbjuds inte i nya formulär men gäller och visas med sin text i svar som redan har det.",
  addOptionTitle: "Lägg till alternativ",
  addOption: "Lägg till alternativet",
  optionCode: "Alternativets kod",
  optionLabel: "Alternativets text",
  placement: "Placering",
  placeLast: "Sist",
  placeBefore: (label: string) => `Före ”${label}”`,
  codeHint: "Små bokstäver a–z, siffror och understreck, högst 40 tecken, t.ex. near_school. Koden kan inte ändras senare.",
  addQuestionTitle: "Lägg till fråga",
  addQuestion: "Lägg till frågan",
  questionCode: "Frågans kod",
  questionLabel: "Frågans text",
  questionRequired: "Obligatorisk när bedömningen skickas in",
  questionOptions: "Alternativ (för flerval och enval)",
  questionOptionsHint: "Ett alternativ per rad som kod = text, t.ex. near_school = Nära skola.",
  chooseSection: "Välj avsnitt",

  // Validation
  codeFormat: "Koden får bara ha små bokstäver a–z, siffror och understreck och måste börja med en bokstav.",
  codeTooLong: "Koden får ha högst 40 tecken.",
  codeReserved: (code: string) => `Koden ${code} är redan en kolumn i exporten. Välj en annan kod.`,
  questionCodeTaken: (label: string) => `Koden används redan av frågan ”${label}”.`,
  questionCodeUsedBefore: (year: number, label: string) =>
    `Koden användes ${year} för frågan ”${label}”. Välj en ny kod, så att åren inte blandas ihop i exporterna.`,
  optionCodeTaken: (label: string) => `Frågan har redan alternativet ”${label}” med den koden.`,
  optionCodeRetired: (label: string) => `Koden hör till det utgångna alternativet ”${label}”. Återinför det i stället.`,
  optionCodeUsedBefore: (year: number, label: string) =>
    `Koden användes ${year} för alternativet ”${label}”. Välj en ny kod, så att åren inte blandas ihop i exporterna.`,
  labelRequired: "Skriv en text.",
  labelTooLong: (max: number) => `Texten får ha högst ${max} tecken.`,
  kindRequired: "Välj typ av fråga.",
  sectionRequired: "Välj avsnitt.",
  unknownSection: "Avsnittet finns inte i formuläret.",
  unknownQuestion: "Frågan finns inte i formuläret. Ladda om sidan.",
  unknownOption: "Alternativet finns inte. Ladda om sidan.",
  optionsRequired: (min: number) => (min === 1 ? "Ange minst ett alternativ." : `Ange minst ${min} alternativ.`),
  optionsNotForKind: "Bara flervals- och envalsfrågor har alternativ. Töm fältet eller välj en annan typ.",
  optionLine: (line: number, message: string) => `Rad ${line}: ${message}`,
  optionLineFormat: "skriv kod = text.",
  optionLineTwice: (code: string) => `koden ${code} står två gånger.`,
  tooFewLeft: (min: number) =>
    min === 1
      ? "Alternativet kan inte utgå: frågan måste erbjuda minst ett alternativ."
      : `Alternativet kan inte utgå: frågan måste erbjuda minst ${min} alternativ.`,
  notChoice: "Frågan har inga alternativ.",
  conditional: "Frågans krav beror på ett annat svar och kan inte ändras här.",

  // Preview
  previewTitle: (year: number) => `Förhandsgranskning: frågeformulär ${year}`,
  previewIntro:
    "Så här ser formuläret ut för analytikerna. Inget sparas: knapparna kontrollerar bara svaren mot formulärets regler, som när en bedömning sparas eller skickas in. Platsen är ett exempel: Jakobsbergs centrum i Järfälla.",
  previewDraft: "Formuläret är ett utkast och syns inte för analytikerna ännu.",
  previewSaved: "Förhandsgranskning: svaren godtas som utkast. Inget har sparats.",
  previewSubmitted: "Förhandsgranskning: svaren godtas för att skicka in. Inget har sparats.",

  // Comparing
  compareTitle: (from: number, to: number) => `Ändringar från ${from} till ${to}`,
  compareChoose: "Välj två år att jämföra",
  compareFrom: "Från år",
  compareTo: "Till år",
  compareSubmit: "Visa ändringar",
  compareSame: "Välj två olika år.",
  compareMissing: "Det finns inget formulär för det ena året.",
  noChanges: "Inga skillnader: formulären har samma frågor, alternativ, texter och krav.",
  changesCaption: (from: number, to: number) => `Ändringar i formuläret från ${from} till ${to}`,
  change: "Ändring",
  question: "Fråga",
  before: "Före",
  after: "Efter",
  changes: {
    "question-added": "Ny fråga",
    "question-removed": "Borttagen fråga",
    "question-label": "Ändrad frågetext",
    "question-kind": "Ändrad typ",
    "question-required": "Ändrat krav",
    "option-added": "Nytt alternativ",
    "option-removed": "Borttaget alternativ",
    "option-retired": "Utgånget alternativ",
    "option-restored": "Återinfört alternativ",
    "option-label": "Ändrad alternativtext",
  },
  inSection: (title: string) => `i avsnittet ”${title}”`,
  summary: (sections: number, questions: number) => `${questions} frågor i ${sections} avsnitt`,
} as const;
