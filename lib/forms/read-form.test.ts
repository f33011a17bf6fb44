import { describe, expect, it } from "vitest";
import { echoValues, readForm } from "./read-form";

describe("echoValues", () => {
  it("keeps repeated fields as arrays and drops secrets and Next's action fields", () => {
    const data = new FormData();
    data.append("email", "a@b.se");
    data.append("password", "hemligt");
    data.append("policeAreaIds", "x");
    data.append("policeAreaIds", "y");
    data.append("$ACTION_ID_123", "");
    expect(echoValues(data, ["password"])).toEqual({ email: "a@b.se", policeAreaIds: ["x", "y"] });
  });
});

describe("readForm", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [k, v] of entries) data.append(k, v);
    return data;
  };

  it("reads single fields as strings and declared lists as arrays, even with one value", () => {
    const read = readForm(
      form([
        ["id", "a"],
        ["tags", "x"],
        ["$ACTION_REF_1", ""],
      ]),
      ["tags", "empty"],
    );
    expect(read).toEqual({ ok: true, fields: { id: "a", tags: ["x"] } });
  });

  it("refuses a single-valued field sent twice, naming it, whichever value comes first", () => {
    const read = readForm(
      form([
        ["id", "mine"],
        ["name", "Torget"],
        ["id", "theirs"],
      ]),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.formError).toMatch(/mer än en gång/);
    expect(Object.keys(read.fieldErrors)).toEqual(["id"]);
  });

  it("takes lists by a rule, such as the questionnaire's prefix", () => {
    const read = readForm(
      form([
        ["q.symptoms", "a"],
        ["q.symptoms", "b"],
        ["version", "1"],
      ]),
      (name) => name.startsWith("q."),
    );
    expect(read).toEqual({ ok: true, fields: { "q.symptoms": ["a", "b"], version: "1" } });
  });
});
