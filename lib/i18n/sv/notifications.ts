// Swedish strings: notifications in the app (the bell, /notiser, the setting under Mitt konto),
// their e-mails, and `npm run notify`. Part of the sv locale (lib/i18n/sv.ts).

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const notifications = {
  title: "Aviseringar",
  /** The bell's accessible name. */
  bell: (unread: number) => (unread === 0 ? "Aviseringar, inga olästa" : `Aviseringar, ${unread} ${unread === 1 ? "oläst" : "olästa"}`),
  intro:
    "Här samlas det som hänt i bedömningar du arbetar med och i årets kartläggning, de senaste först. Öppna en avisering för att se sidan den gäller.",
  emailOn: (email: string) => `Aviseringarna skickas också med e-post till ${email}.`,
  emailOff: "Aviseringarna skickas inte med e-post.",
  changeSetting: "Ändra under Mitt konto",
  listCaption: "Dina aviseringar, de senaste först",
  empty: "Du har inga aviseringar.",
  unread: "Oläst",
  received: "Mottagen",
  notification: "Avisering",
  status: "Status",
  read: "Läst",
  markAllRead: "Markera alla som lästa",
  markedAllRead: (count: number) =>
    count === 0 ? "Det fanns inga olästa aviseringar." : `${plural(count, "avisering", "aviseringar")} markerades som lästa.`,
  // What happened, as the list and the e-mail's subject say it: the scene by its reference only.
  headline: {
    ASSESSMENT_SUBMITTED: (ref: string, year: number) => `${ref}: bedömningen ${year} väntar på medsignering`,
    ASSESSMENT_RETURNED: (ref: string, year: number) => `${ref}: bedömningen ${year} har returnerats av kommunen`,
    ASSESSMENT_COSIGNED: (ref: string, year: number) => `${ref}: bedömningen ${year} är medsignerad`,
    ROUND_OPENED: (year: number, deadline: string) => `Kartläggningen ${year} har öppnat, sista dag ${deadline}`,
    ROUND_REMINDER: (year: number, deadline: string) => `Påminnelse: kartläggningen ${year} ska vara klar senast ${deadline}`,
  },
  /** A reminder's lines, one per open round: what is left for this person to do. */
  reminderLine: {
    assess: (year: number, count: number, deadline: string) =>
      `Kartläggningen ${year} (sista dag ${deadline}): ${plural(count, "plats", "platser")} saknar inskickad bedömning.`,
    cosign: (year: number, count: number, deadline: string) =>
      `Kartläggningen ${year} (sista dag ${deadline}): ${plural(count, "bedömning", "bedömningar")} väntar på din medsignering.`,
  },
  email: {
    greeting: "Hej!",
    body: {
      ASSESSMENT_SUBMITTED: (ref: string, year: number) =>
        `Polisen har skickat bedömningen ${year} av plats ${ref} till kommunen för medsignering.`,
      ASSESSMENT_RETURNED: (ref: string, year: number) =>
        `Kommunen har returnerat bedömningen ${year} av plats ${ref} till polisen. Kommentaren finns i appen.`,
      ASSESSMENT_COSIGNED: (ref: string, year: number) => `Kommunen har medsignerat bedömningen ${year} av plats ${ref}.`,
      ROUND_OPENED: (year: number, deadline: string) =>
        `Kartläggningen av öppna drogscener ${year} har öppnat. Alla bedömningar ska vara klara senast ${deadline}.`,
      ROUND_REMINDER: "Det här återstår för dig i kartläggningen av öppna drogscener:",
    },
    open: "Öppna i appen (inloggning krävs):",
    why: "Du får det här meddelandet från Öppna drogscener eftersom du arbetar med kartläggningen. Du kan stänga av e-post under Mitt konto:",
    automatic: "Meddelandet skickas automatiskt och går inte att svara på. Uppgifterna om platsen finns bara i appen.",
  },
  // Mitt konto: the e-mail setting.
  setting: {
    title: "Aviseringar",
    intro:
      "Du får en avisering i appen när en bedömning du arbetar med skickas in, returneras eller medsigneras, när årets kartläggning öppnar och inför sista dagen.",
    email: "Skicka aviseringarna också med e-post",
    emailHint: (email: string) =>
      `Till ${email}. E-posten innehåller bara platsens referens och en länk; uppgifterna finns bakom inloggningen.`,
    save: "Spara",
    saved: (on: boolean) =>
      on ? "E-postaviseringar är påslagna." : "E-postaviseringar är avstängda. Aviseringarna syns fortfarande i appen.",
    link: "Visa aviseringar",
  },
  cli: {
    usage: "Användning: npm run notify (inga argument): skapar dagens påminnelser och skickar väntande e-post.",
    noRounds: (days: number) => `Påminnelser: ingen öppen kartläggning har sista dag inom ${days} dagar.`,
    reminders: (count: number) =>
      count === 0
        ? "Påminnelser: inga nya (alla med något kvar har redan fått dagens påminnelse)."
        : `Påminnelser: ${plural(count, "ny", "nya")} i dag.`,
    round: (year: number, deadline: string) => `  Kartläggningen ${year}, sista dag ${deadline}.`,
    notConfigured: (pending: number) =>
      `E-post är inte konfigurerad (SMTP_HOST saknas): ${plural(pending, "e-postmeddelande väntar", "e-postmeddelanden väntar")} och skickas när den är det. Aviseringarna syns i appen.`,
    sent: (sent: number, failed: number, gaveUp: number, skipped: number) =>
      `E-post: ${sent} skickade, ${failed} misslyckades och försöks igen senare, ${gaveUp} gavs upp efter sista försöket, ${skipped} skickades inte (e-post avstängd eller användaren inaktiverad).`,
    failures: "Minst ett e-postmeddelande kunde inte skickas; se felen ovan.",
  },
} as const;
