import "server-only";
import { db } from "@/lib/db";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  municipalityCode: true,
  disabledAt: true,
  version: true,
  municipality: { select: { name: true } },
  policeAreas: { select: { policeArea: { select: { id: true, name: true } } }, orderBy: { policeArea: { name: "asc" } } },
} as const;

function toUserRow(user: NonNullable<Awaited<ReturnType<typeof findUser>>>) {
  const { policeAreas, municipality, ...rest } = user;
  return {
    ...rest,
    municipalityName: municipality?.name ?? null,
    policeAreas: policeAreas.map((p) => p.policeArea),
  };
}

export type UserRow = ReturnType<typeof toUserRow>;

function findUser(id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

export async function listUsers(): Promise<UserRow[]> {
  const users = await db.user.findMany({ select: userSelect, orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }] });
  return users.map(toUserRow);
}

export async function getUser(id: string): Promise<UserRow | null> {
  const user = await findUser(id);
  return user ? toUserRow(user) : null;
}
