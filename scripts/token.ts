// `npm run token -- create --email <user> [--name <name>]` and `npm run token -- revoke --id <id>`:
// personal access tokens for the API from the command line. `create` prints the token alone on
// its last line, so a script can take it with `| tail -n 1`.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { parseArgs } from "node:util";
import { z } from "@/lib/forms/zod";
import { db } from "@/lib/db";
import { createTokenSchema, revokeTokenSchema } from "@/lib/tokens/schemas";
import { createToken, revokeToken } from "@/lib/tokens/mutations";

const usage = "Användning: npm run token -- create --email <e-post> [--name <namn>] | npm run token -- revoke --id <id>";

function printErrors(fieldErrors: Record<string, string[] | undefined> = {}, formError?: string): void {
  for (const [field, errors] of Object.entries(fieldErrors)) console.error(`${field}: ${errors?.join(" ")}`);
  if (formError) console.error(formError);
}

async function create(email: string | undefined, name: string | undefined): Promise<number> {
  const user = email ? await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } }) : null;
  if (!user) {
    console.error(email ? `Okänd användare: ${email}` : usage);
    return email ? 1 : 2;
  }
  const parsed = createTokenSchema.safeParse({ userId: user.id, name: name ?? "Kommandorad" });
  if (!parsed.success) {
    printErrors(z.flattenError(parsed.error).fieldErrors);
    return 1;
  }
  const result = await createToken(null, parsed.data.userId, parsed.data.name);
  if (!result.ok) {
    printErrors(result.fieldErrors, result.formError);
    return 1;
  }
  console.log(`Token ${result.value.id} (${parsed.data.name}) har skapats för ${user.email}. Den visas bara nu:`);
  console.log(result.value.token);
  return 0;
}

async function revoke(id: string | undefined): Promise<number> {
  const parsed = revokeTokenSchema.safeParse({ id: id ?? "" });
  if (!parsed.success) {
    console.error(usage);
    return 2;
  }
  const result = await revokeToken(null, parsed.data.id);
  if (!result.ok) {
    printErrors(result.fieldErrors, result.formError);
    return 1;
  }
  console.log(`Token ${parsed.data.id} har återkallats.`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, id: { type: "string" } },
  });
  switch (positionals[0]) {
    case "create":
      return create(values.email, values.name);
    case "revoke":
      return revoke(values.id);
    default:
      console.error(usage);
      return 2;
  }
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
