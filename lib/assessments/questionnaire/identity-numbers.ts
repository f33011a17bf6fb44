import Personnummer from "personnummer";

// The questionnaire describes places and groups, never individuals: free text that holds a Swedish
// personal identity number (personnummer) or coordination number (samordningsnummer) is refused.
// Candidates are found by shape; the `personnummer` package decides (date and check digit).

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
