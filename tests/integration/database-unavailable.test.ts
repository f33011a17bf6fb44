import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { findFreePort } from "@/scripts/free-port";
import { currentUser, formData, signInAs } from "./helpers";

// While the database restarts or is out of reach (issue 14: errors during a restart must be
// clean), a form answers with a Swedish "try again" and keeps what the user typed, and the API
// answers 503 with Retry-After: never an empty 500. Here the app's client points at a loopback
// port nobody listens on, as during a restart.

const port = await findFreePort();
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${port}/unavailable`;

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { saveAssessmentAction } = await import("@/lib/assessments/actions");
const { GET: getStats } = await import("@/app/api/v1/stats/[year]/route");
const { GET: getDashboardPage } = await import("@/app/api/page-cache/oversikt/route");
const { NextRequest } = await import("next/server");

const analyst: SessionUser = {
  id: "u1",
  email: "a@polisen.se",
  name: "A",
  role: "POLICE_ANALYST",
  municipalityCode: null,
  policeAreaIds: ["p1"],
};
const steering: SessionUser = { ...analyst, role: "STEERING", policeAreaIds: [] };

describe("while the database cannot be reached", () => {
  it("a save answers the form with a Swedish try again and keeps what was typed", async () => {
    signInAs(analyst);
    const state = await saveAssessmentAction(
      { ok: false },
      formData({
        id: "a1",
        version: "3",
        intent: "save",
        municipalityCode: "0182",
        policeAreaId: "p1",
        "q.site_description": "Parken vid torget",
      }),
    );
    expect(state.ok).toBe(false);
    expect(state.formError).toMatch(/Försök igen/);
    expect(state.values?.["q.site_description"]).toBe("Parken vid torget");
  });

  it("the statistics API answers 503 with Retry-After and the message", async () => {
    signInAs(steering);
    const response = await getStats(new Request("http://localhost/api/v1/stats/2025"), { params: Promise.resolve({ year: "2025" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { error: string }).error).toMatch(/Försök igen/);
  });

  it("the dashboard's cached page answers 503 with a Swedish page", async () => {
    signInAs(steering);
    const response = await getDashboardPage(new NextRequest("http://localhost/api/page-cache/oversikt"));
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/<html lang="sv">.*Försök igen/s);
  });
});
