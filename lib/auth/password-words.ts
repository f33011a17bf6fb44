// Swedish words people build passwords from. No Swedish dictionary is published for zxcvbn-ts
// (docs/decisions/0009-password-lifecycle.md), so the common ones are kept here: seasons, months,
// greetings, the agencies and places of this app's users, and the app's own words. Without them
// "Sommar2024!" scores 3 and would pass.
// prettier-ignore
export const SWEDISH_PASSWORD_WORDS = [
  // Seasons, months, days
  "sommar", "vinter", "höst", "hösten", "vår", "våren", "sommaren", "vintern",
  "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
  "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "midsommar", "jul", "julafton", "påsk", "nyår",
  // Passwords and greetings
  "lösenord", "losenord", "hemligt", "hemlig", "välkommen", "valkommen", "hejsan", "hej", "tjena", "hallå", "kärlek", "älskling",
  "sverige", "svenska", "kronor", "fotboll", "hockey", "hund", "katt", "prinsessa", "solsken",
  // The agencies and places of the users
  "polisen", "polis", "kommun", "kommunen", "länsstyrelsen", "region", "stockholm", "stockholms", "sthlm", "södermalm",
  "järva", "rinkeby", "tensta", "kista", "järfälla", "solna", "sundbyberg", "nacka", "huddinge", "botkyrka", "södertälje",
  "uppsala", "göteborg", "malmö",
  // The app's own words
  "drogscen", "drogscener", "öppna", "öppnadrogscener", "narkotika", "knark", "bedömning", "plats", "platser", "karta",
  "styrgrupp", "analytiker", "demo", "admin", "administratör",
] as const;
