import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

// Failed sign-ins are counted in the database (so every server instance shares the count):
// after ten per account or fifty per client address within fifteen minutes, sign-in is refused
// until the window has passed.
const WINDOW_SECONDS = 15 * 60;
const MAX_PER_EMAIL = 10;
const MAX_PER_IP = 50;

let limiters: { byEmail: RateLimiterPrisma; byIp: RateLimiterPrisma } | undefined;

function getLimiters() {
  limiters ??= {
    byEmail: new RateLimiterPrisma({ storeClient: db, keyPrefix: "login-email", points: MAX_PER_EMAIL, duration: WINDOW_SECONDS }),
    byIp: new RateLimiterPrisma({ storeClient: db, keyPrefix: "login-ip", points: MAX_PER_IP, duration: WINDOW_SECONDS }),
  };
  return limiters;
}

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const { byEmail, byIp } = getLimiters();
  const [e, i] = await Promise.all([byEmail.get(email), byIp.get(ip)]);
  return (e?.consumedPoints ?? 0) >= MAX_PER_EMAIL || (i?.consumedPoints ?? 0) >= MAX_PER_IP;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const { byEmail, byIp } = getLimiters();
  // consume() rejects with a RateLimiterRes once the limit is reached: that is the block, not an error.
  await Promise.all(
    [byEmail.consume(email), byIp.consume(ip)].map((p) =>
      p.catch((e: unknown) => {
        if (!(e instanceof RateLimiterRes)) throw e;
      }),
    ),
  );
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await getLimiters().byEmail.delete(email);
}
