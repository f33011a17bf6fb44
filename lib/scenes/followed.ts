import { Prisma } from "@/lib/generated/prisma/client";

// A scene is followed in a year from its first year up to its last (or for as long as it is
// open): the years it is assessed for, and the "active" scenes of a year's figures. One rule, in
// the two forms the queries need.

/** Scenes followed in a year, as a Prisma condition. */
export function followedIn(year: number): Prisma.SceneWhereInput {
  return { firstYear: { lte: year }, OR: [{ lastYear: null }, { lastYear: { gte: year } }] };
}

/** The scene `<alias>` is followed in the year, for raw SQL; the alias is a constant of the calling query. */
export function followedInSql(year: number, alias = "s"): Prisma.Sql {
  const scene = (column: string) => Prisma.raw(`${alias}."${column}"`);
  return Prisma.sql`${scene("firstYear")} <= ${year} AND (${scene("lastYear")} IS NULL OR ${scene("lastYear")} >= ${year})`;
}
