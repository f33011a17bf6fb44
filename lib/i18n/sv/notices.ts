import type { Notice } from "@/lib/forms/notices";

/** What a page says after an action redirected to it (lib/forms/notices.ts). */
export const notices = {
  "scene-created": "Platsen har registrerats.",
  "scene-updated": "Ändringarna har sparats.",
  "scene-closed": "Platsen har stängts.",
  "scene-merged": "Platsen har slagits samman.",
  "scene-split": "Platsen har delats.",
  "assessment-started": "Bedömningen har påbörjats som utkast.",
  "assessment-not-started":
    "Bedömningen kunde inte påbörjas: platsen följs inte det året, årets frågeformulär är inte publicerat ännu, eller så har du inte behörighet.",
  "assessment-saved": "Utkastet har sparats.",
  "assessment-submitted": "Bedömningen har skickats till kommunen för medsignering.",
  "assessment-cosigned": "Bedömningen är medsignerad.",
  "assessment-returned": "Bedömningen har returnerats till polisen.",
  "assessment-reopened": "Bedömningen har öppnats igen.",
  "indicator-saved": "Värdet har sparats.",
  "indicator-unchanged": "Inget ändrades: värdet var redan sparat så.",
  "intervention-created": "Insatsen har registrerats.",
  "intervention-updated": "Ändringarna har sparats.",
  "intervention-evaluated": "Utvärderingen har sparats.",
  "password-changed": "Ditt lösenord har bytts. Dina övriga sessioner har loggats ut.",
  "round-opened": "Kartläggningen är öppnad. Analytiker och kommunrepresentanter har fått en avisering.",
  "round-extended": "Kartläggningens sista dag är ändrad.",
  "round-closed": "Kartläggningen är stängd. Årets siffror är nu slutliga.",
  "round-reopened": "Kartläggningen är öppnad igen.",
  "questionnaire-prepared": "Formuläret har förberetts som ett utkast. Ändra det och publicera det när det är klart.",
  "questionnaire-published": "Formuläret är publicerat.",
} as const satisfies Record<Notice, string>;
