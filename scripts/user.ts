// `npm run user -- create --email <email> --role <ROLE> [--name <name>] [--police-area <LPO>…]
//  [--municipality <code>] [--password <password>]`: how an operator makes the first admin.
// `npm run user -- reset <email>`: a new one-time password for someone locked out, printed once;
//  it must be changed at the next sign-in, and the user's sessions end.
// Exit code 0: created, 1: refused, 2: wrong usage.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { parseArgs } from "node:util";
import { z } from "@/lib/forms/zod";
import { db } from "@/lib/db";
import { messages } from "@/lib/i18n";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser, resetPassword } from "@/lib/users/mutations";
import { done, errorLines, refused, runCommand, wrongUsage } from "./cli";

const t = messages.cli.user;

/** The command-line option each form field comes from, so errors name what the operator typed. */
const flags: Record<string, string> = {
  email: "--email",
  role: "--role",
  name: "--name",
  policeAreaIds: "--police-area",
  municipalityCode: "--municipality",
  password: "--password",
};

async function reset(emailInput: string) {
  const email = emailInput.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return refused([t.unknownUser(email)]);
  const result = await resetPassword(null, user);
  if (!result.ok) return refused(errorLines(result, flags));
  return done(t.passwordReset(email), t.oneTimePassword, result.value.password);
}

runCommand(async (args) => {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "police-area": { type: "string", multiple: true },
      municipality: { type: "string" },
      password: { type: "string" },
    },
  });
  if (positionals[0] === "reset") return positionals.length === 2 ? reset(positionals[1]!) : wrongUsage(t.usage);
  if (positionals[0] !== "create") return wrongUsage(t.usage);
  const names = values["police-area"] ?? [];
  const areas = await db.policeArea.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const unknown = names.filter((n) => !areas.some((a) => a.name === n));
  if (unknown.length) return refused([t.unknownPoliceArea(unknown)]);
  const parsed = createUserSchema.safeParse({
    email: values.email ?? "",
    role: values.role ?? "",
    name: values.name ?? values.email ?? "",
    municipalityCode: values.municipality ?? "",
    policeAreaIds: areas.map((a) => a.id),
    password: values.password ?? "",
  });
  if (!parsed.success) return refused([...errorLines(z.flattenError(parsed.error), flags), t.usage]);
  const result = await createUser(null, parsed.data);
  if (!result.ok) return refused(errorLines(result, flags));
  const password = result.value.generatedPassword;
  return done(t.created(parsed.data.email, parsed.data.role), ...(password ? [t.oneTimePassword, password] : []));
});
