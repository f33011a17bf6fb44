import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runImport } from "@/lib/import/run-import";
import { createTestUser, currentUser, resetDatabase, signInAs } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: currentUser }));

const { GET } = await import("@/app/api/v1/stats/[year]/route");

async function stats(year: number) {
  const response = await GET(new Request(`http://localhost/api/v1/stats/${year}`), { params: Promise.resolve({ year: String(year) }) });
  return response.json();
}

// The figures of the source document (../shared/seed, ../shared/docs/domain.md), reproduced from
// an import file through the statistics API.
beforeAll(async () => {
  await resetDatabase();
  const file = JSON.parse(await readFile("tests/fixtures/source-figures.json", "utf8"));
  const result = await runImport(file, { user: null, channel: "cli", fileName: "source-figures.json" });
  expect(result.ok).toBe(true);
  signInAs(await createTestUser("STEERING"));
}, 120_000);

describe("the source document's figures through the API", () => {
  it("2023: 63 open drug scenes", async () => {
    expect(await stats(2023)).toMatchObject({ scenes: 63 });
  });

  it("2024: 53 scenes, 10 fewer, none new, in 8 municipalities and 13 LPOs, 96 % joint", async () => {
    const body = await stats(2024);
    expect(body).toMatchObject({
      scenes: 53,
      previousYear: 63,
      change: -10,
      new: 0,
      ceased: 10,
      municipalitiesWithScenes: 8,
      policeAreasWithScenes: 13,
      onTrack: true,
    });
    expect(Math.round(body.jointShare * 100)).toBe(96);
    expect(body.byDistrict.filter((d: { scenes: number }) => d.scenes > 0)).toHaveLength(11);
  });

  it("2021: 64 scenes in 13 municipalities and 15 LPOs", async () => {
    expect(await stats(2021)).toMatchObject({ scenes: 64, municipalitiesWithScenes: 13, policeAreasWithScenes: 15 });
  });
});
