// Swedish strings: the operator's commands (scripts/token.ts, scripts/user.ts, scripts/retention.ts,
// scripts/backup.ts). Part of the sv
// locale (lib/i18n/sv.ts).

export const cli = {
  token: {
    usage:
      "Användning: npm run token -- create --email <e-post> [--name <namn>] [--days <1–365, 90 om inget anges>] [--scope stats|exports] | npm run token -- revoke --id <id>",
    invalidDays: "--days ska vara ett heltal från 1 till 365.",
    defaultName: "Kommandorad",
    unknownUser: (email: string) => `Okänd användare: ${email}`,
    created: (id: string, name: string, email: string, scope: string, lastDay: string) =>
      `Token ${id} (${name}, ${scope}, giltig till och med ${lastDay}) har skapats för ${email}. Den visas bara nu:`,
    revoked: (id: string) => `Token ${id} har återkallats.`,
  },
  user: {
    usage:
      "Användning: npm run user -- create --email <e-post> --role <POLICE_ANALYST|MUNICIPAL_REP|STEERING|ADMIN> [--name <namn>] [--police-area <LPO> …] [--municipality <kod>] [--password <lösenord>] | npm run user -- reset <e-post>",
    unknownPoliceArea: (names: string[]) => `Okänt lokalpolisområde: ${names.join(", ")}`,
    created: (email: string, role: string) => `Användaren ${email} (${role}) har skapats.`,
    oneTimePassword: "Engångslösenord (visas bara nu):",
    unknownUser: (email: string) => `Okänd användare: ${email}`,
    passwordReset: (email: string) =>
      `Lösenordet för ${email} har återställts och användarens sessioner har avslutats. Det måste bytas vid nästa inloggning.`,
  },
  retention: {
    usage: "Användning: npm run retention [-- --apply]  (utan --apply visas bara vad som skulle gallras)",
    dryRun: "Provkörning: inget ändras. Kör med --apply för att gallra.",
    rule: (years: number, before: string) =>
      `Gallringsfrist ${years} år: fritext i bedömningar av platser som avslutades, slogs samman eller delades före ${before}.`,
    item: (ref: string, year: number, closedSince: string, answers: number, comments: number, events: number) =>
      `${ref} ${year} (avslutad ${closedSince}): ${answers} fritextsvar, ${comments} kommentarer till beslut, ${events} händelser i granskningsloggen`,
    nothing: "Ingen fritext att gallra.",
    wouldClear: (n: number) => `Skulle gallra fritext i ${n === 1 ? "1 bedömning" : `${n} bedömningar`}.`,
    cleared: (n: number) =>
      `Gallrat fritext i ${n === 1 ? "1 bedömning" : `${n} bedömningar`}, med en händelse per bedömning i granskningsloggen.`,
  },
  backup: {
    usage:
      "Användning: npm run db:backup -- <fil> | npm run db:restore -- <fil>. Säkerhetskopian är <fil>; <fil>.manifest.json bredvid den håller kontrollsumma, tidpunkt, migreringsnivå och antal rader per tabell.",
    written: (file: string, manifest: string, tables: number, rows: number) =>
      `Säkerhetskopian har skrivits till ${file} (${tables} tabeller, ${rows} rader); manifestet till ${manifest}.`,
    restored: (file: string, tables: number, rows: number) =>
      `${file} har återställts: ${tables} tabeller och ${rows} rader, samma antal som i manifestet.`,
    fileExists: (file: string) => `${file} finns redan; en säkerhetskopia skriver aldrig över en fil.`,
    cannotReadManifest: (file: string, reason: string) => `Manifestet ${file} kan inte läsas: ${reason}`,
    invalidManifest: (file: string) => `Manifestet ${file} har inte det väntade innehållet.`,
    checksumMismatch: (file: string) =>
      `Kontrollsumman för ${file} stämmer inte med manifestet: filen är ändrad eller skadad. Ingenting har återställts.`,
    unknownMigration: (migration: string, latest: string | null) =>
      `Säkerhetskopian har migreringsnivån ${migration}, som den här versionen av koden inte känner till (senaste kända: ${latest ?? "ingen"}). Uppdatera koden först. Ingenting har återställts.`,
    notEmpty: (target: string) => `Återställning görs bara till en tom databas, och ${target} är inte tom. Ingenting har återställts.`,
    serverTarget: (where: string) => `databasen ${where}`,
    embeddedTarget: (folder: string) => `den inbäddade databasen i ${folder}`,
    wrongFormat: (format: string, target: string) => `Säkerhetskopian har formatet ${format} och kan inte återställas till ${target}.`,
    countMismatch: (lines: string[]) => `Återställningen är klar men antalet rader stämmer inte med manifestet:\n${lines.join("\n")}`,
    toolFailed: (tool: string, detail: string) => `${tool} misslyckades: ${detail}`,
  },
} as const;
