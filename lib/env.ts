import { z } from "@/lib/forms/zod";

// Every environment variable the app reads, validated once. A bad value stops the app at start
// with a message that names the variable; nothing else reads process.env directly.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ message: "DATABASE_URL måste vara en postgres://-adress" }),
    /** Connections in the pool. The embedded PGlite server accepts exactly one. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_SECRET: z.string().min(32).optional(),
    AUTH_TRUST_HOST: z.string().optional(),
    AUTH_URL: z.url().optional(),
    /** Map tiles ({z}/{x}/{y} template). Empty: no tiles, the maps draw on a plain background. */
    MAP_TILE_URL: z
      .string()
      .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
      .refine(
        (v) => v === "" || /^https?:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(v),
        "MAP_TILE_URL måste vara en http(s)-adress med {z}, {x} och {y}",
      ),
    MAP_TILE_ATTRIBUTION: z.string().default("&copy; OpenStreetMap-bidragsgivare"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET krävs i produktion (minst 32 tecken, t.ex. `openssl rand -base64 32`)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ogiltig konfiguration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
