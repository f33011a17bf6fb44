// Swedish strings: the generic validation messages, for every rule a schema states without a
// message of its own (lib/forms/zod.ts maps zod's issues to these). Part of the sv locale.

/** A number as written in Swedish: decimal comma, no thousands separator (years stay "2026"). */
const num = (n: number | bigint) => String(n).replace(".", ",");

export const validation = {
  required: "Fyll i fältet.",
  invalid: "Ogiltigt värde.",
  yearOutOfRange: (first: number, last: number) => `Ange ett år mellan ${first} och ${last}.`,
  /** Every free-text field's refusal (lib/forms/free-text.ts): the app records places and groups, never individuals. */
  identityNumber:
    "Texten innehåller ett personnummer eller samordningsnummer. Registret beskriver platser och grupper, aldrig enskilda personer: ta bort numret.",
  text: {
    tooLong: (max: number | bigint) => `Skriv högst ${num(max)} tecken.`,
    tooShort: (min: number | bigint) => `Skriv minst ${num(min)} tecken.`,
    exactLength: (length: number | bigint) => `Skriv exakt ${num(length)} tecken.`,
  },
  list: {
    tooMany: (max: number | bigint) => `Välj högst ${num(max)}.`,
    tooFew: (min: number | bigint) => (Number(min) === 1 ? "Välj minst ett alternativ." : `Välj minst ${num(min)}.`),
    exactCount: (count: number | bigint) => `Välj exakt ${num(count)}.`,
  },
  number: {
    atMost: (max: number | bigint) => `Ange ett tal som är högst ${num(max)}.`,
    below: (max: number | bigint) => `Ange ett tal under ${num(max)}.`,
    atLeast: (min: number | bigint) => `Ange ett tal som är minst ${num(min)}.`,
    above: (min: number | bigint) => `Ange ett tal över ${num(min)}.`,
    multipleOf: (divisor: number | bigint) => `Ange en multipel av ${num(divisor)}.`,
  },
  date: {
    atMost: (max: string) => `Ange ett datum senast ${max}.`,
    atLeast: (min: string) => `Ange ett datum tidigast ${min}.`,
  },
  file: {
    tooBig: (max: number | bigint) => `Filen får vara högst ${num(max)} byte.`,
    tooSmall: (min: number | bigint) => `Filen måste vara minst ${num(min)} byte.`,
  },
  /** What the field should hold, by zod's name for the expected type. */
  expected: {
    string: "Ange en text.",
    number: "Ange ett tal.",
    int: "Ange ett heltal.",
    bigint: "Ange ett heltal.",
    boolean: "Ange ja eller nej.",
    date: "Ange ett giltigt datum.",
    array: "Ange en lista.",
    object: "Ange ett objekt.",
    record: "Ange ett objekt.",
    file: "Välj en fil.",
  } as Record<string, string>,
  /** What a text should look like, by zod's name for the format. */
  format: {
    email: "Ange en giltig e-postadress.",
    url: "Ange en giltig webbadress.",
    uuid: "Ange ett giltigt id.",
    date: "Ange ett datum som ÅÅÅÅ-MM-DD.",
    datetime: "Ange datum och tid som ÅÅÅÅ-MM-DDTtt:mm.",
    time: "Ange en tid som tt:mm.",
    regex: "Värdet har fel format.",
  } as Record<string, string>,
  startsWith: (prefix: string) => `Värdet måste börja med ”${prefix}”.`,
  endsWith: (suffix: string) => `Värdet måste sluta med ”${suffix}”.`,
  includes: (part: string) => `Värdet måste innehålla ”${part}”.`,
  badFormat: "Värdet har fel format.",
  oneValue: (value: string) => `Värdet måste vara ${value}.`,
  oneOf: (values: string) => `Välj ett av alternativen: ${values}.`,
  unknownFields: (keys: string) => `Okända fält: ${keys}.`,
  unknownField: (key: string) => `Okänt fält: ${key}.`,
  noAlternative: "Värdet passar inte något av de tillåtna formaten.",
  invalidKey: "Ogiltig nyckel.",
  invalidElement: "Ogiltigt värde i listan.",
} as const;
