// `npm run user -- create --email <email> --role <ROLE> [--name <name>] [--police-area <LPO>…]
//  [--municipality <code>] [--password <password>]`: how an operator makes the first admin.
// Runs through scripts/with-db.ts, so it works on the embedded database and on DATABASE_URL alike.
import { parseArgs } from "node:util";
import { z } from "@/lib/forms/zod";
import { db } from "@/lib/db";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/mutations";

/** The command-line option each form field comes from, so errors name what the operator typed. */
const flags: Record<string, string> = {
  email: "--email",
  role: "--role",
  name: "--name",
  policeAreaIds: "--police-area",
  municipalityCode: "--municipality",
  password: "--password",
};
const printErrors = (errors: Record<string, string[] | undefined>) => {
  for (const [field, list] of Object.entries(errors)) console.error(`${flags[field] ?? field}: ${list?.join(" ")}`);
};

const usage =
  "Användning: npm run user -- create --email <e-post> --role <POLICE_ANALYST|MUNICIPAL_REP|STEERING|ADMIN> [--name <namn>] [--police-area <LPO> …] [--municipality <kod>] [--password <lösenord>]";

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
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
  if (positionals[0] !== "create") {
    console.error(usage);
    return 2;
  }
  const names = values["police-area"] ?? [];
  const areas = await db.policeArea.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const unknown = names.filter((n) => !areas.some((a) => a.name === n));
  if (unknown.length) {
    console.error(`Okänt lokalpolisområde: ${unknown.join(", ")}`);
    return 1;
  }
  const parsed = createUserSchema.safeParse({
    email: values.email ?? "",
    role: values.role ?? "",
    name: values.name ?? values.email ?? "",
    municipalityCode: values.municipality ?? "",
    policeAreaIds: areas.map((a) => a.id),
    password: values.password ?? "",
  });
  if (!parsed.success) {
    printErrors(z.flattenError(parsed.error).fieldErrors);
    console.error(usage);
    return 1;
  }
  const result = await createUser(null, parsed.data);
  if (!result.ok) {
    printErrors(result.fieldErrors ?? {});
    if (result.formError) console.error(result.formError);
    return 1;
  }
  console.log(`Användaren ${parsed.data.email} (${parsed.data.role}) har skapats.`);
  if (result.value.generatedPassword) {
    console.log("Engångslösenord (visas bara nu):");
    console.log(result.value.generatedPassword);
  }
  return 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
