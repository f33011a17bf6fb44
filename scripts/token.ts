// `npm run token -- create --email <user> [--name <name>] [--days <1–365>] [--scope stats|exports]`
// and `npm run token -- revoke --id <id>`: personal access tokens for the API from the command
// line, for an operator setting up a tool. A token lasts 90 days and reads statistics only unless
// told otherwise. `create` prints the token alone on its last line, so a script can take it with
// `| tail -n 1`. Exit code 0: done, 1: refused, 2: usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { parseArgs } from "node:util";
import { z } from "@/lib/forms/zod";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { addDays, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, stockholmDay, type TokenScope } from "@/lib/tokens/policy";
import { createTokenSchema, revokeTokenSchema } from "@/lib/tokens/schemas";
import { createToken, revokeToken } from "@/lib/tokens/mutations";
import { done, errorLines, refused, runCommand, wrongUsage, type ExitCode } from "./cli";

const t = messages.cli.token;

const SCOPE_OPTIONS: Record<string, TokenScope> = { stats: "STATS", exports: "STATS_AND_EXPORTS" };

type CreateOptions = { email?: string; name?: string; days?: string; scope?: string };

function readDays(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_TOKEN_DAYS;
  const days = Number(value);
  return /^\d+$/.test(value) && days >= 1 && days <= MAX_TOKEN_DAYS ? days : null;
}

async function create({ email, name, days: daysOption, scope: scopeOption }: CreateOptions): Promise<ExitCode> {
  const scope = SCOPE_OPTIONS[scopeOption ?? "stats"];
  if (!email || !scope) return wrongUsage(t.usage);
  const days = readDays(daysOption);
  if (days === null) return wrongUsage(`${t.invalidDays}\n${t.usage}`);
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!user) return refused([t.unknownUser(email)]);
  const input = { name: name ?? t.defaultName, expiresOn: addDays(stockholmDay(new Date()), days), scope };
  const parsed = createTokenSchema.safeParse(input);
  if (!parsed.success) return refused(errorLines(z.flattenError(parsed.error)));
  const result = await createToken(null, user.id, parsed.data);
  if (!result.ok) return refused(errorLines(result));
  const { id, token } = result.value;
  return done(t.created(id, parsed.data.name, user.email, messages.tokens.scopes[scope], parsed.data.expiresOn), token);
}

async function revoke(id: string | undefined): Promise<ExitCode> {
  const parsed = revokeTokenSchema.safeParse({ id: id ?? "" });
  if (!parsed.success) return wrongUsage(t.usage);
  const result = await revokeToken(null, parsed.data.id);
  if (!result.ok) return refused(errorLines(result));
  return done(t.revoked(parsed.data.id));
}

runCommand(async (args) => {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      days: { type: "string" },
      scope: { type: "string" },
      id: { type: "string" },
    },
  });
  if (positionals[0] === "create") return create(values);
  if (positionals[0] === "revoke") return revoke(values.id);
  return wrongUsage(t.usage);
});
