import { describe, expect, it } from "vitest";
import { containsIdentityNumber } from "./identity-numbers";

// Skatteverket's published test numbers: valid by date and check digit, belonging to nobody.
describe("containsIdentityNumber", () => {
  it.each([
    "Säljaren 19811218-9876 syns dagligen",
    "pnr 811218-9876",
    "8112189876 stod på lappen",
    "198112189876",
    "samordningsnummer 701063-2391",
  ])("finds a personal identity or coordination number in %j", (text) => {
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each([
    "Ingen person nämns, cirka 20-30 personer rör sig på torget",
    "Telefon 08-123 456 78",
    "Kl 19811218 och 9875", // no valid check digit when joined
    "811218-9875",
    "Postnummer 163 73 och 2024-05-12",
  ])("lets ordinary text through: %j", (text) => {
    expect(containsIdentityNumber(text)).toBe(false);
  });
});
