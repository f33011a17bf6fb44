// Swedish strings: the admin's descriptions of the intervention types. Part of the sv locale
// (lib/i18n/sv.ts). The types' own labels live in ./outcomes.ts.

export const typeDescriptions = {
  title: "Insatstyper",
  navLabel: "Insatstyper",
  intro:
    "Beskriv kort vad varje typ av insats innebär i praktiken: metoden, vem som gör vad och hur ofta. Beskrivningen visas vid typens siffror i vyn Vad fungerar. Ett tomt fält betyder att typen saknar beskrivning.",
  hint: (max: number) => `Vanlig text, högst ${max} tecken. Aldrig namn eller personnummer på enskilda.`,
  description: "Beskrivning",
  save: "Spara",
  saveFor: (label: string) => `beskrivningen av ${label}`,
  saved: (label: string) => `Beskrivningen av ${label} har sparats.`,
  descriptionTooLong: (max: number) => `Beskrivningen får vara högst ${max} tecken.`,
  unknownType: "Insatstypen finns inte. Ladda om sidan och försök igen.",
} as const;
