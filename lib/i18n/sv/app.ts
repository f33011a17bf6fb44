// Swedish strings: app. Part of the sv locale (lib/i18n/sv.ts).

export const app = {
  name: "Öppna drogscener",
  region: "Stockholms län",
  description: "Polisens och kommunernas gemensamma kartläggning av öppna drogscener i Stockholms län.",
  skipToContent: "Hoppa till innehållet",
} as const;

export const nav = {
  label: "Huvudmeny",
  overview: "Översikt",
  map: "Karta",
  scenes: "Platser",
  assessments: "Bedömningar",
  whatWorks: "Vad fungerar",
  admin: "Admin",
  signOut: "Logga ut",
  signedInAs: "Inloggad som",
} as const;

export const roles = {
  POLICE_ANALYST: "Polisanalytiker",
  MUNICIPAL_REP: "Kommunrepresentant",
  STEERING: "Styrgrupp",
  ADMIN: "Administratör",
} as const;

export const login = {
  title: "Logga in",
  intro: "Logga in med din e-postadress och ditt lösenord.",
  email: "E-postadress",
  password: "Lösenord",
  submit: "Logga in",
  emailRequired: "Ange din e-postadress.",
  passwordRequired: "Ange ditt lösenord.",
  invalid: "Fel e-postadress eller lösenord.",
  unknownProvider: "Inloggningssättet finns inte. Ladda om sidan och försök igen.",
  withProvider: "Logga in med",
  providersHeading: "Logga in med din organisations konto",
  orPassword: "Eller logga in med e-postadress och lösenord",
  refused: {
    "okant-konto":
      "Ditt konto hos organisationen är inte kopplat till någon användare här. Be en administratör att lägga upp dig med samma e-postadress.",
    inaktiverat: "Ditt konto är inaktiverat. Kontakta en administratör.",
  },
  providerError: "Inloggningen via din organisation misslyckades. Försök igen.",
  rateLimited: "För många misslyckade inloggningsförsök härifrån. Vänta en stund och försök igen.",
} as const;

export const errors = {
  notFoundTitle: "Sidan finns inte",
  notFoundText: "Sidan du söker finns inte, eller så har du inte behörighet att se den.",
  forbiddenTitle: "Ingen behörighet",
  forbiddenText: "Din roll har inte behörighet till den här sidan.",
  errorTitle: "Något gick fel",
  errorText: "Ett oväntat fel inträffade. Försök igen. Kvarstår felet, kontakta en administratör.",
  retry: "Försök igen",
  toStart: "Till startsidan",
  unauthenticated: "Du måste vara inloggad.",
  forbidden: "Du har inte behörighet.",
  databaseUnavailable: "Tjänsten når inte databasen just nu, och ingenting har sparats. Försök igen om en stund.",
  unavailableTitle: "Tillfälligt otillgänglig",
} as const;

export const form = {
  save: "Spara",
  cancel: "Avbryt",
  fixErrors: "Formuläret innehåller fel. Rätta de markerade fälten.",
  saved: "Ändringarna har sparats.",
  conflict:
    "Någon annan har ändrat uppgifterna medan du redigerade, och inget av dina ändringar sparades. Det som är sparat nu står nedan; dina ändringar står kvar i formuläret. Ladda om sidan för att utgå från den nya versionen.",
  required: "Obligatoriskt",
  repeatedField: "Formuläret skickade samma fält mer än en gång. Ladda om sidan och försök igen.",
  conflictStored: "Sparat nu",
  conflictYours: "Ditt värde",
  conflictField: "Fält",
  conflictCaption: "Det här har ändrats sedan du öppnade sidan",
} as const;

export const overview = {
  county: "Hela Stockholms län",
  municipality: (name: string) => `${name} kommun`,
} as const;
