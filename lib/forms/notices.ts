import { messages } from "@/lib/i18n";

// What a page says after an action redirected to it: a typed code in the URL (`?notice=…`), its
// Swedish text in lib/i18n/sv/notices.ts. Unknown codes are ignored, so a hand-edited URL shows
// nothing rather than a made-up message.

export const NOTICES = [
  "scene-created",
  "scene-updated",
  "scene-closed",
  "scene-merged",
  "scene-split",
  "assessment-started",
  "assessment-not-started",
  "assessment-saved",
  "assessment-submitted",
  "assessment-cosigned",
  "assessment-returned",
  "assessment-reopened",
  "indicator-saved",
  "indicator-unchanged",
  "intervention-created",
  "intervention-updated",
  "intervention-evaluated",
  "password-changed",
  "round-opened",
  "round-extended",
  "round-closed",
  "round-reopened",
  "questionnaire-prepared",
  "questionnaire-published",
] as const;

export type Notice = (typeof NOTICES)[number];

/** Notices that report a refusal rather than a success. */
const REFUSALS: ReadonlySet<Notice> = new Set(["assessment-not-started"]);

export const NOTICE_PARAM = "notice";

export function withNotice(path: string, notice: Notice): string {
  return `${path}${path.includes("?") ? "&" : "?"}${NOTICE_PARAM}=${notice}`;
}

const isNotice = (value: unknown): value is Notice => typeof value === "string" && (NOTICES as readonly string[]).includes(value);

/** The notice a page's query string names, as text and tone, or null. */
export function readNotice(searchParams: Record<string, string | string[] | undefined>): { text: string; refusal: boolean } | null {
  const code = searchParams[NOTICE_PARAM];
  return isNotice(code) ? { text: messages.notices[code], refusal: REFUSALS.has(code) } : null;
}
