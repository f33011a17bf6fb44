import { describe, expect, it } from "vitest";
import { headline, renderEmail, targetPath, toContent, type NotificationContent } from "./content";

const APP = "https://drogscener.example.se";

describe("renderEmail", () => {
  it("a submission: the reference, the year and a link to the assessment, nothing else about the case", () => {
    const email = renderEmail({ kind: "ASSESSMENT_SUBMITTED", sceneRef: "S-0017", year: 2026 }, APP);
    expect(email.subject).toBe("S-0017: bedömningen 2026 väntar på medsignering");
    expect(email.text).toContain("https://drogscener.example.se/platser/S-0017/bedomningar/2026");
    expect(email.text).toContain("https://drogscener.example.se/konto");
    // The text is the template and these values only: no room for a name, an answer or a comment.
    const rest = email.text.replaceAll("S-0017", "").replaceAll("2026", "").replaceAll(APP, "");
    expect(rest).not.toMatch(/\d/);
  });

  it("a returned assessment does not quote the comment; it says the comment is in the app", () => {
    const email = renderEmail({ kind: "ASSESSMENT_RETURNED", sceneRef: "S-0003", year: 2026 }, APP);
    expect(email.subject).toBe("S-0003: bedömningen 2026 har returnerats av kommunen");
    expect(email.text).toContain("Kommentaren finns i appen.");
  });

  it("a reminder lists each round with what is left, and links to the work list", () => {
    const email = renderEmail(
      {
        kind: "ROUND_REMINDER",
        year: 2025,
        deadline: "2026-12-10",
        items: [
          { year: 2025, deadline: "2026-12-10", count: 1, task: "assess" },
          { year: 2026, deadline: "2026-12-15", count: 2, task: "assess" },
        ],
      },
      APP,
    );
    expect(email.subject).toBe("Påminnelse: kartläggningen 2025 ska vara klar senast 10 december 2026");
    expect(email.text).toContain("- Kartläggningen 2025 (sista dag 10 december 2026): 1 plats saknar inskickad bedömning.");
    expect(email.text).toContain("- Kartläggningen 2026 (sista dag 15 december 2026): 2 platser saknar inskickad bedömning.");
    expect(email.text).toContain(`${APP}/bedomningar`);
  });

  it("encodes a reference that is not plain in the link", () => {
    const content: NotificationContent = { kind: "ASSESSMENT_COSIGNED", sceneRef: "JV 01/a", year: 2024 };
    expect(targetPath(content)).toBe("/platser/JV%2001%2Fa/bedomningar/2024");
  });
});

describe("toContent", () => {
  it("reads a round's deadline as a day, and refuses a reminder whose rounds are malformed", () => {
    const row = { kind: "ROUND_OPENED" as const, year: 2026, sceneRef: null, deadline: new Date("2026-12-15T00:00:00Z"), reminder: null };
    expect(headline(toContent(row))).toBe("Kartläggningen 2026 har öppnat, sista dag 15 december 2026");
    expect(() => toContent({ ...row, kind: "ROUND_REMINDER", reminder: [{ year: 2026 }] })).toThrow();
    expect(() => toContent({ ...row, kind: "ASSESSMENT_SUBMITTED" })).toThrow(/without a scene/);
  });
});
