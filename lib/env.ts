import { z } from "@/lib/forms/zod";
import { LOG_LEVELS } from "@/lib/observability/log-levels";

/** An unset variable and an empty one are the same: `SMTP_HOST=` in a file turns e-mail off. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** A WMTS REST template: http(s), the three tile placeholders, no others but {apiKey}. */
function isWmtsTemplate(url: string): boolean {
  const placeholders = url.match(/\{[^}]*\}/g) ?? [];
  const allowed = ["{TileMatrix}", "{TileRow}", "{TileCol}", "{apiKey}"];
  return (
    /^https?:\/\/[^/{}]+\//.test(url) &&
    ["{TileMatrix}", "{TileRow}", "{TileCol}"].every((p) => url.includes(p)) &&
    placeholders.every((p) => allowed.includes(p))
  );
}

type MailFields = {
  SMTP_HOST?: string;
  SMTP_USER?: string;
  SMTP_PASSWORD?: string;
  MAIL_FROM?: string;
  APP_URL?: string;
  AUTH_URL?: string;
};

/** With SMTP_HOST, what an e-mail needs: a sender, an address to link to, and a whole login. */
function checkMailSettings(env: MailFields, ctx: z.RefinementCtx): void {
  if (!env.SMTP_HOST) return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!env.MAIL_FROM) issue("MAIL_FROM", "krävs med SMTP_HOST: avsändaren, t.ex. Öppna drogscener <noreply@example.se>");
  if (!env.APP_URL && !env.AUTH_URL) issue("APP_URL", "krävs med SMTP_HOST (eller AUTH_URL): appens adress för länkarna i e-posten");
  if (!env.SMTP_USER !== !env.SMTP_PASSWORD) issue("SMTP_PASSWORD", "SMTP_USER och SMTP_PASSWORD anges tillsammans");
}

// Every environment variable the app reads, validated once. A bad value stops the app at start
// with a message that names the variable; nothing else reads process.env directly.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ message: "DATABASE_URL måste vara en postgres://-adress" }),
    /** Connections in the pool. The embedded PGlite server accepts exactly one. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * Streaming replicas for the heavy reads (dashboard, statistics API, exports), comma-separated
     * postgres:// addresses. Empty: everything reads from DATABASE_URL.
     */
    DATABASE_REPLICA_URLS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ message: "DATABASE_REPLICA_URLS: kommaseparerade postgres://-adresser" }))),
    /** After a write, that user's heavy reads go to the primary this long: they see their own change. */
    DATABASE_REPLICA_STICKY_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
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
    /**
     * A WMTS base map in Web Mercator (EPSG:3857, one tile matrix per zoom level), e.g.
     * Lantmäteriet's Topowebb: the REST ResourceURL template from the service's capabilities, with
     * {TileMatrix}, {TileRow}, {TileCol} and optionally {apiKey}. Set, it replaces MAP_TILE_URL.
     */
    MAP_WMTS_URL: optionalText.pipe(
      z
        .string()
        .refine(isWmtsTemplate, "MAP_WMTS_URL måste vara en http(s)-adress med {TileMatrix}, {TileRow} och {TileCol} (och ev. {apiKey})")
        .optional(),
    ),
    /** Put into the URL's {apiKey}; it reaches every user's browser (restrict it to the app's address). */
    MAP_WMTS_API_KEY: optionalText,
    MAP_WMTS_ATTRIBUTION: z.string().default("&copy; Lantmäteriet (CC BY 4.0)"),
    /** The deepest tile matrix the service has; the map zooms further by enlarging those tiles. */
    MAP_WMTS_MAX_ZOOM: z.coerce.number().int().min(1).max(22).default(15),
    /** Where users report accessibility problems (the accessibility statement, /tillganglighet). */
    ACCESSIBILITY_CONTACT_EMAIL: z.email("ACCESSIBILITY_CONTACT_EMAIL måste vara en e-postadress").optional(),
    /** "off" hides the password form: everyone signs in through an identity provider. */
    AUTH_PASSWORD_SIGN_IN: z.enum(["on", "off"]).default("on"),
    /** Who must use a second factor with a password: administrators always, or every role. */
    AUTH_MFA_REQUIRED: z.enum(["admins", "all"]).default("admins"),
    /** A session's absolute lifetime from sign-in, in minutes (default 10 hours). */
    AUTH_SESSION_MAX_AGE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(600),
    /** A session ends after this many minutes without a request. */
    AUTH_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    /**
     * Addresses of the reverse proxies in front of the app, comma-separated. Only a request from
     * one of them may name the client in X-Forwarded-For; empty (the default): nobody may.
     */
    AUTH_TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    /** The OpenID providers' ids, comma-separated; each is configured by AUTH_OIDC_<ID>_* variables. */
    AUTH_OIDC_PROVIDERS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[a-z][a-z0-9]{0,30}$/, "AUTH_OIDC_PROVIDERS: id:n skrivs med a–z och 0–9, t.ex. polisen,solna"))),
    /** The app's public address, for the links in e-mails (default: AUTH_URL's origin). */
    APP_URL: optionalText.pipe(z.url({ message: "APP_URL måste vara en http(s)-adress" }).optional()),
    // E-mail notifications (lib/notifications). Without SMTP_HOST nothing is sent: the e-mails
    // wait in the outbox and the notifications are shown in the app.
    SMTP_HOST: optionalText,
    SMTP_PORT: optionalText
      .transform((v) => (v === undefined ? undefined : Number(v)))
      .pipe(z.number({ message: "SMTP_PORT måste vara ett portnummer" }).int().min(1).max(65535).optional()),
    /** starttls: TLS required after connecting (port 587); implicit: TLS from the start (465); off: none (a local relay). */
    SMTP_TLS: z.enum(["starttls", "implicit", "off"]).default("starttls"),
    SMTP_USER: optionalText,
    /** Not trimmed: a password may begin or end with a space. Empty: none. */
    SMTP_PASSWORD: z
      .string()
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
    /** The sender, e.g. "Öppna drogscener <noreply@example.se>". */
    MAIL_FROM: optionalText,
    /** Reminders are sent this many days before a round's deadline, up to the deadline itself. */
    NOTIFY_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /**
     * The free text of a scene's assessments is cleared by `npm run retention` once the scene has
     * been closed, merged or split this many years (docs/decisions/0017-retention-of-free-text.md).
     */
    RETENTION_FREE_TEXT_YEARS: z.coerce
      .number({ message: "RETENTION_FREE_TEXT_YEARS måste vara ett heltal (år)" })
      .int("RETENTION_FREE_TEXT_YEARS måste vara ett heltal (år)")
      .min(1, "RETENTION_FREE_TEXT_YEARS måste vara minst 1")
      .max(50, "RETENTION_FREE_TEXT_YEARS får vara högst 50")
      .default(3),
    /** The least severe log events written (lib/observability/logger.ts). */
    /** The bearer token Prometheus sends to /api/metrics; unset, the endpoint answers 404. */
    METRICS_TOKEN: optionalText.pipe(z.string().min(32, "METRICS_TOKEN måste vara minst 32 tecken").optional()),
    /** How long, after SIGTERM, the requests in flight may take to finish before the server exits anyway. */
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
    LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL måste vara en av ${LOG_LEVELS.join(", ")}` }).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET krävs i produktion (minst 32 tecken, t.ex. `openssl rand -base64 32`)",
      });
    }
    checkMailSettings(env, ctx);
    if (env.MAP_WMTS_URL?.includes("{apiKey}") && !env.MAP_WMTS_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["MAP_WMTS_API_KEY"], message: "krävs när MAP_WMTS_URL innehåller {apiKey}" });
    }
  });

/** One OpenID provider, from AUTH_OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET and _NAME. */
const oidcProviderSchema = z.object({
  ISSUER: z.url({ error: "krävs: utfärdarens adress, t.ex. https://login.polisen.se/" }),
  CLIENT_ID: z.string({ error: "krävs" }).min(1, "krävs"),
  CLIENT_SECRET: z.string({ error: "krävs" }).min(1, "krävs"),
  /** The button's text: "Logga in med …". */
  NAME: z.string({ error: "krävs (knappens text, t.ex. Polisen)" }).min(1, "krävs (knappens text, t.ex. Polisen)"),
});

export type OidcProviderConfig = { id: string; name: string; issuer: string; clientId: string; clientSecret: string };

export type Env = z.infer<typeof schema> & { oidcProviders: OidcProviderConfig[] };

type Issue = { path: string; message: string };

function parseOidcProviders(ids: string[], source: Record<string, string | undefined>, issues: Issue[]): OidcProviderConfig[] {
  return ids.flatMap((id) => {
    const prefix = `AUTH_OIDC_${id.toUpperCase()}_`;
    const fields = Object.fromEntries(Object.keys(oidcProviderSchema.shape).map((k) => [k, source[`${prefix}${k}`]]));
    const result = oidcProviderSchema.safeParse(fields);
    if (!result.success) {
      issues.push(...result.error.issues.map((i) => ({ path: `${prefix}${i.path.join(".")}`, message: i.message })));
      return [];
    }
    const { ISSUER, CLIENT_ID, CLIENT_SECRET, NAME } = result.data;
    return [{ id, name: NAME, issuer: ISSUER, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }];
  });
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  const issues: Issue[] = result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const oidcProviders = result.success ? parseOidcProviders(result.data.AUTH_OIDC_PROVIDERS, source, issues) : [];
  if (result.success && result.data.AUTH_PASSWORD_SIGN_IN === "off" && oidcProviders.length === 0 && issues.length === 0) {
    issues.push({ path: "AUTH_PASSWORD_SIGN_IN", message: "off kräver minst en identitetsleverantör i AUTH_OIDC_PROVIDERS" });
  }
  if (!result.success || issues.length > 0) {
    throw new Error(`Ogiltig konfiguration:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
  }
  return { ...result.data, oidcProviders };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
