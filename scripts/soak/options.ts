// `npm run soak -- [--seconds N] [--analysts N] [--representatives N] [--readers N]`: bounded in
// time and in virtual users, loopback only.

export type SoakOptions = { seconds: number; analysts: number; representatives: number; readers: number };

const LIMITS: Record<keyof SoakOptions, { min: number; max: number; fallback: number }> = {
  seconds: { min: 20, max: 600, fallback: 120 },
  analysts: { min: 1, max: 16, fallback: 4 },
  representatives: { min: 1, max: 8, fallback: 2 },
  readers: { min: 1, max: 8, fallback: 2 },
};

export const SOAK_USAGE = "usage: npm run soak -- [--seconds 20-600] [--analysts 1-16] [--representatives 1-8] [--readers 1-8]";

export function parseSoakOptions(argv: string[]): SoakOptions {
  const options = Object.fromEntries(Object.entries(LIMITS).map(([key, limit]) => [key, limit.fallback])) as SoakOptions;
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, "") as keyof SoakOptions;
    const limit = LIMITS[key];
    const value = Number(argv[i + 1]);
    if (!argv[i]?.startsWith("--") || !limit || !Number.isInteger(value) || value < limit.min || value > limit.max)
      throw new Error(`invalid option ${argv[i]} ${argv[i + 1] ?? ""}; ${SOAK_USAGE}`);
    options[key] = value;
  }
  return options;
}
