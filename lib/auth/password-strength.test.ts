import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-strength";

const person = { email: "nora.nacka@polisen.test", name: "Nora Nacka" };

describe("checkPasswordStrength", () => {
  it("refuses a Swedish season with a year, though it has every kind of character", () => {
    const result = checkPasswordStrength("Sommar2024!xy", person);
    expect(result.ok).toBe(false);
    expect(checkPasswordStrength("Sommar2024!", person)).toMatchObject({ ok: false });
    expect(checkPasswordStrength("Vinter2025#ab", person)).toMatchObject({ ok: false });
  });

  it("refuses the demo password, first for its length", () => {
    expect(checkPasswordStrength("demo1234", person)).toEqual({ ok: false, reasons: ["Lösenordet måste ha minst 12 tecken."] });
    expect(checkPasswordStrength("demo1234demo1234", person)).toMatchObject({ ok: false });
  });

  it("refuses common passwords and the person's own name and address, saying why in Swedish", () => {
    const common = checkPasswordStrength("password1234", person);
    expect(common).toMatchObject({ ok: false });
    if (!common.ok) {
      expect(common.reasons[0]).toBe("Lösenordet är för lätt att gissa.");
      expect(common.reasons.join(" ")).toMatch(/vanlig/);
      expect(common.reasons.join(" ")).not.toMatch(/\b(password|common|the|is)\b/i);
    }
    expect(checkPasswordStrength("noranacka2024", person)).toMatchObject({ ok: false });
    expect(checkPasswordStrength("Nora.Nacka.2024", person)).toMatchObject({ ok: false });
    expect(checkPasswordStrength("Polisen2025!!", person)).toMatchObject({ ok: false });
    expect(checkPasswordStrength("Lösenord12345", person)).toMatchObject({ ok: false });
  });

  it("accepts a long passphrase of unrelated words", () => {
    expect(checkPasswordStrength("korrekt häst batteri häftklammer", person)).toEqual({ ok: true });
    expect(checkPasswordStrength("correct horse battery staple", person)).toEqual({ ok: true });
    expect(checkPasswordStrength("tre glada grodor", person)).toEqual({ ok: true });
  });
});
