import Personnummer from "personnummer";

// The register describes places and groups, never individuals: free text that holds a Swedish
// personal identity number (personnummer) or coordination number (samordningsnummer) is refused,
// through freeText() (lib/forms/free-text.ts). Candidates are found by shape; the `personnummer`
// package decides (date and check digit). Client-safe.

const CANDIDATE = /(?<!\d)(\d{2})?(\d{6})\s?([-+]?)\s?(\d{4})(?!\d)/g;

/** Whether the text contains a valid personal identity or coordination number. */
export function containsIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const [, century = "", date, separator, serial] = match;
    const candidate = `${century}${date}${separator || "-"}${serial}`;
    if (Personnummer.valid(candidate, { allowCoordinationNumber: true, allowInterimNumber: false })) return true;
  }
  return false;
}
