import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { messages } from "@/lib/i18n";
import { SWEDISH_PASSWORD_WORDS } from "./password-words";

// Whether a new password is strong enough (OWASP ASVS 5.0 §6.2): long enough, and not guessable
// from common passwords, English and Swedish words, keyboard patterns, dates, or the person's own
// name and address. Server only: the dictionaries are some 1.6 MB of JavaScript.

const t = messages.account.strength;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/**
 * zxcvbn's score is 0–4; 4 means more than 10^10 guesses. 3 would let a season or a name with a
 * year and a few characters through ("Sommar2024!xy", "noranacka2024" score 3), while passphrases
 * of three or four ordinary words score 4 (docs/decisions/0009-password-lifecycle.md).
 */
export const MIN_PASSWORD_SCORE = 4;

let factory: ZxcvbnFactory | undefined;

function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    // Our own Swedish texts: the feedback never reaches the user in English.
    translations: t.zxcvbn,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, sv: [...SWEDISH_PASSWORD_WORDS] },
    useLevenshteinDistance: true,
  });
  return factory;
}

export type PasswordCheck = { ok: true } | { ok: false; reasons: string[] };

/** The parts of a person's name and e-mail address a guesser would try first. */
function personalWords(person: { email?: string; name?: string }): string[] {
  const [local = "", domain = ""] = (person.email ?? "").toLowerCase().split("@");
  const parts = [local, domain, ...local.split(/[._+-]/), ...domain.split("."), ...(person.name ?? "").toLowerCase().split(/\s+/)];
  return [...new Set(parts.filter((p) => p.length >= 3))];
}

function reasonsFrom(result: ZxcvbnResult): string[] {
  const { warning, suggestions } = result.feedback;
  const advice = suggestions.length ? suggestions : [t.zxcvbn.suggestions.anotherWord];
  return [t.tooWeak, ...(warning ? [warning] : []), ...advice];
}

/** Checks a new password for length and guessability; the reasons are in Swedish. */
export function checkPasswordStrength(password: string, person: { email?: string; name?: string } = {}): PasswordCheck {
  if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reasons: [t.tooShort(MIN_PASSWORD_LENGTH)] };
  if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, reasons: [t.tooLong(MAX_PASSWORD_LENGTH)] };
  const result = getFactory().check(password, personalWords(person));
  return result.score >= MIN_PASSWORD_SCORE ? { ok: true } : { ok: false, reasons: reasonsFrom(result) };
}
