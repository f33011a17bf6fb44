import { describe, expect, it } from "vitest";
import { echoValues } from "./form-state";

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
