import { describe, expect, it } from "vitest";
import { compareRowCounts } from "@/scripts/backup/manifest";
import { connectionEnv } from "@/scripts/backup/pg-tools";

describe("connectionEnv", () => {
  it("hands pg_dump the connection as libpq variables, the password decoded and never in an argument", () => {
    expect(connectionEnv("postgresql://app%40ods:p%C3%A4ss%2Fw@db.example.se:6543/ods_prod?sslmode=require&schema=public")).toEqual({
      PGHOST: "db.example.se",
      PGPORT: "6543",
      PGDATABASE: "ods_prod",
      PGUSER: "app@ods",
      PGPASSWORD: "päss/w",
      PGSSLMODE: "require",
    });
  });

  it("takes a Unix socket folder given as the host parameter, as libpq does", () => {
    expect(connectionEnv("postgres://postgres@localhost/ods?host=/var/run/postgresql")).toMatchObject({
      PGHOST: "/var/run/postgresql",
      PGPORT: "5432",
      PGDATABASE: "ods",
    });
  });
});

describe("compareRowCounts", () => {
  it("names every table whose count differs or that is missing on either side", () => {
    expect(compareRowCounts({ Scene: 3, User: 2, Gone: 1 }, { Scene: 3, User: 1, Extra: 0 })).toEqual([
      "  Extra: saknas i manifestet, 0 i databasen",
      "  Gone: 1 i manifestet, saknas i databasen",
      "  User: 2 i manifestet, 1 i databasen",
    ]);
    expect(compareRowCounts({ Scene: 3 }, { Scene: 3 })).toEqual([]);
  });
});
