import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, resetDatabase } from "./helpers";

// The absolute lifetime as an installation configures it: one minute here, not ten hours, and the
// clock moved on rather than waited for. Activity inside that minute does not extend it.
vi.stubEnv("AUTH_SESSION_MAX_AGE_MINUTES", "1");

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/auth", () => ({ auth }));

const { getCurrentUser } = await import("@/lib/auth/session");
const { createSession } = await import("@/lib/auth/sessions/store");

beforeEach(resetDatabase);
afterEach(() => vi.useRealTimers());

describe("a session's absolute lifetime (AUTH_SESSION_MAX_AGE_MINUTES=1)", () => {
  it("lets the session work within the minute, however active, and refuses it after", async () => {
    const start = new Date("2026-11-30T08:00:00Z");
    vi.useFakeTimers({ now: start, toFake: ["Date"] });
    const user = await createTestUser("STEERING");
    const sessionId = await db.$transaction((tx) => createSession(tx, user, { method: "password", address: "10.0.0.1", userAgent: null }));
    auth.mockResolvedValue({ user: { id: user.id }, sessionVersion: 1, sessionId });

    for (const seconds of [0, 20, 40, 59]) {
      vi.setSystemTime(new Date(start.getTime() + seconds * 1000));
      expect(await getCurrentUser(), `${seconds} s after sign-in`).toMatchObject({ id: user.id });
    }
    vi.setSystemTime(new Date(start.getTime() + 60_000));
    expect(await getCurrentUser()).toBeNull();
  });
});
