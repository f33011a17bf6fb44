import { addDays, stockholmDay, type TokenScope } from "@/lib/tokens/policy";
import type { CreateTokenInput } from "@/lib/tokens/schemas";

/** What createToken takes: a name, the last day (90 days ahead unless told) and a scope. */
export function tokenInput(name: string, scope: TokenScope = "STATS", days = 90): CreateTokenInput {
  return { name, scope, expiresOn: addDays(stockholmDay(new Date()), days) };
}
