import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";

// The pages with a year in their path, called as Next calls them: a segment that is no followed
// year answers the not-found page (Next's notFound() error), never a query that fails (a 500).

vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: currentUser,
  requireUser: async () => (await currentUser())!,
  requirePermission: async () => (await currentUser())!,
}));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const BAD_YEARS = ["abc", "2024.0", "2009", "99999999999", String(new Date().getFullYear() + 1)];

const { default: ReportPage } = await import("@/app/(app)/rapport/[year]/page");
const { default: AssessmentPage } = await import("@/app/(app)/platser/[ref]/bedomningar/[year]/page");
const { default: AssessmentHistoryPage } = await import("@/app/(app)/platser/[ref]/bedomningar/[year]/historik/page");

const digestOf = (page: Promise<unknown>) =>
  page.then(
    () => "rendered",
    (error: { digest?: string }) => error.digest ?? String(error),
  );

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
  signInAs(await createTestUser("ADMIN"));
});

describe("a year in a page's path", () => {
  it("renders the report and the assessment of a followed year", async () => {
    expect(await digestOf(ReportPage({ params: Promise.resolve({ year: "2025" }) } as never))).toBe("rendered");
    const assessment = { params: Promise.resolve({ ref: "S-0001", year: "2025" }), searchParams: Promise.resolve({}) } as never;
    expect(await digestOf(AssessmentPage(assessment))).toBe("rendered");
  });

  it("answers the not-found page for any other segment", async () => {
    for (const year of BAD_YEARS) {
      expect(await digestOf(ReportPage({ params: Promise.resolve({ year }) } as never)), year).toBe(NOT_FOUND);
      const props = { params: Promise.resolve({ ref: "S-0001", year }), searchParams: Promise.resolve({}) } as never;
      expect(await digestOf(AssessmentPage(props)), year).toBe(NOT_FOUND);
      expect(await digestOf(AssessmentHistoryPage(props)), year).toBe(NOT_FOUND);
    }
  });
});
