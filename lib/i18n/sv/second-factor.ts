// Swedish strings: the second factor (TOTP) — the code page at sign-in, enrolment, the admin's
// reset. Part of the sv locale (lib/i18n/sv.ts).

export const secondFactor = {
  codeTitle: "Ange engångskod",
  codeIntro: "Öppna autentiseringsappen i din telefon och ange den sexsiffriga koden för Öppna drogscener.",
  code: "Sexsiffrig kod",
  codeHint: "Koden byts var 30:e sekund.",
  verify: "Fortsätt",
  codeRequired: "Ange den sexsiffriga koden från appen.",
  codeFormat: "Koden består av sex siffror.",
  wrongCode: "Koden stämmer inte, eller har redan använts. Vänta på nästa kod i appen och försök igen.",
  throttled: (seconds: number) =>
    `För många felaktiga koder. Vänta ${seconds < 60 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minuter`} och försök igen.`,
  useRecoveryCode: "Har du inte telefonen? Använd en återställningskod",
  recoveryCode: "Återställningskod",
  recoveryCodeHint: "Tolv tecken, t.ex. 7KQF-M2XR-9TBH. Varje kod fungerar en gång.",
  recoveryCodeRequired: "Ange en av dina återställningskoder.",
  wrongRecoveryCode: "Återställningskoden stämmer inte, eller har redan använts.",
  useRecoverySubmit: "Logga in med återställningskod",
  signOutInstead: "Avbryt och logga ut",

  enrolTitle: "Tvåstegsverifiering",
  enrolRequired: "Ditt konto måste skyddas med tvåstegsverifiering innan du kan fortsätta.",
  enrolIntro:
    "Med tvåstegsverifiering anger du, förutom lösenordet, en kod från en autentiseringsapp i telefonen (t.ex. Microsoft Authenticator, Google Authenticator eller FreeOTP) när du loggar in.",
  enrolSteps: "Så här gör du",
  enrolStep1: "Skanna QR-koden med autentiseringsappen.",
  enrolStep2: "Går det inte att skanna? Skriv in nyckeln nedan i appen i stället.",
  enrolStep3: "Ange koden som appen visar för att bekräfta.",
  qrAlt: "QR-kod att skanna med autentiseringsappen",
  secretLabel: "Nyckel",
  confirm: "Slå på tvåstegsverifiering",
  enrolmentExpired: "Sidan har legat öppen för länge. Ladda om sidan och skanna den nya QR-koden.",
  alreadyEnabled: "Tvåstegsverifiering är redan påslagen för ditt konto.",
  enabled: "Tvåstegsverifiering är påslagen.",
  enabledSince: (date: string) => `Tvåstegsverifiering är påslagen sedan ${date}.`,
  recoveryCodesLeft: (n: number) => (n === 1 ? "Du har 1 oanvänd återställningskod." : `Du har ${n} oanvända återställningskoder.`),
  recoveryCodesTitle: "Dina återställningskoder",
  recoveryCodesInstruction:
    "Spara koderna nu, t.ex. utskrivna eller i en lösenordshanterare. De visas bara den här gången. Varje kod kan användas en gång för att logga in om du inte har telefonen med dig.",
  continue: "Fortsätt till översikten",
  notEnabled: "Tvåstegsverifiering är inte påslagen för ditt konto.",

  adminTitle: "Tvåstegsverifiering",
  adminOn: (date: string) => `Påslagen sedan ${date}.`,
  adminOff: "Inte påslagen.",
  adminResetIntro:
    "Återställ om användaren har tappat bort telefonen och sina återställningskoder. Nyckeln och återställningskoderna tas bort och användaren loggas ut överallt. Vid nästa inloggning får hen ställa in tvåstegsverifiering igen.",
  adminResetConfirm: "Jag har kontrollerat att det är användaren själv som bett om återställningen",
  adminResetConfirmRequired: "Bekräfta att du har kontrollerat vem som bett om återställningen.",
  adminReset: "Återställ tvåstegsverifiering",
  adminResetDone: "Tvåstegsverifieringen är återställd och användaren är utloggad.",
  adminNothingToReset: "Användaren har ingen tvåstegsverifiering att återställa.",
} as const;
