// `npm run token -- create --email <user> [--name <name>]` and `npm run token -- revoke --id <id>`:
// personal access tokens for the API from the command line. `create` prints the token alone on
// its last line, so a script can take it with `| tail -n 1`. Exit code 0: done, 1: refused, 2: usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { parseArgs } from "node:util";
import { z } from "@/lib/forms/zod";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { createTokenSchema, revokeTokenSchema } from "@/lib/tokens/schemas";
import { createToken, revokeToken } from "@/lib/tokens/mutations";
import { done, errorLines, refused, runCommand, wrongUsage, type ExitCode } from "./cli";

const t = messages.cli.token;

async function create(email: string | undefined, name: string | undefined): Promise<ExitCode> {
  if (!email) return wrongUsage(t.usage);
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!user) return refused([t.unknownUser(email)]);
  const parsed = createTokenSchema.safeParse({ userId: user.id, name: name ?? t.defaultName });
  if (!parsed.success) return refused(errorLines(z.flattenError(parsed.error)));
  const result = await createToken(null, parsed.data.userId, parsed.data.name);
  if (!result.ok) return refused(errorLines(result));
  return done(t.created(result.value.id, parsed.data.name, user.email), result.value.token);
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
    options: { email: { type: "string" }, name: { type: "string" }, id: { type: "string" } },
  });
  if (positionals[0] === "create") return create(values.email, values.name);
  if (positionals[0] === "revoke") return revoke(values.id);
  return wrongUsage(t.usage);
});
