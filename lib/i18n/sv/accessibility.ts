// Swedish strings: the accessibility statement (lag (2018:1937) om tillgänglighet till digital
// offentlig service; its structure follows DIGG's model statement). Part of the sv locale.

export const accessibility = {
  footerLink: "Tillgänglighetsredogörelse",
  footerLabel: "Om tjänsten",
  title: "Tillgänglighetsredogörelse",
  intro:
    "Polisen och kommunerna i Stockholms län står bakom den här tjänsten. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister den har och hur du kan rapportera problem till oss.",
  statusTitle: "Hur tillgänglig är tjänsten?",
  status: "Tjänsten är delvis förenlig med standarden WCAG 2.1 på nivå AA (EN 301 549), på grund av de brister som beskrivs nedan.",
  gapsTitle: "Innehåll som inte är tillgängligt",
  gaps: [
    {
      title: "Att rita en plats utbredning på kartan kräver mus eller pekskärm",
      text: "Utbredningen ritas som en polygon på kartan, vilket inte går att göra med bara tangentbord (WCAG 2.1.1 Tangentbord). Alternativ: under kartan finns fältet ”Utbredning som GeoJSON”, där en polygon kan klistras in eller skrivas, och platsens punkt kan anges med koordinater i egna fält.",
    },
    {
      title: "Kartorna är bilder",
      text: "Kartorna visar platser och kommuner grafiskt och kan inte läsas av en skärmläsare i sin helhet (WCAG 1.1.1 Icke-textuellt innehåll). Samma uppgifter finns som text: platslistan, tabellerna per kommun och lokalpolisområde och platsernas sidor med yta och koordinater.",
    },
    {
      title: "Diagram",
      text: "Diagrammen har en textbeskrivning, och varje diagram kan visas som tabell med samma siffror.",
    },
    {
      title: "Nedladdade filer",
      text: "Exporterna i Excel, CSV och GeoJSON är data för vidare bearbetning och har inte granskats som dokument.",
    },
  ],
  testedTitle: "Hur vi har testat tjänsten",
  tested:
    "Vi har gjort en egen bedömning. Varje sida kontrolleras automatiskt med axe-core vid varje ändring av tjänsten, på en bred skärm och på en mobils (390 pixlar bred, där ingen sida får bli bredare än skärmen), och formulärens felmeddelanden, fokus och etiketter provas i automatiska tester i en riktig webbläsare.",
  reportTitle: "Rapportera brister",
  report: "Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format,",
  reportTo: "skriv till",
  reportToAdmin: "kontakta tjänstens administratör i din organisation.",
  reportDescribe: "Beskriv vad du försökte göra och på vilken sida.",
  supervisionTitle: "Tillsyn",
  supervision:
    "Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg.",
  diggLink: "Anmäl bristande tillgänglighet till Digg",
  updated: "Redogörelsen uppdaterades senast den 1 december 2026.",
  back: "Till tjänsten",
} as const;
