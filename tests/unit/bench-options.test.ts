import { describe, expect, it } from "vitest";
import { parseOptions } from "@/scripts/bench/options";

const limits = { firstYear: 2016, lastYear: 2026 };

describe("the bench's command line", () => {
  it("defaults to the national scale, printed as text on free ports", () => {
    expect(parseOptions([], limits)).toEqual({
      help: false,
      options: {
        scenes: 5000,
        years: 10,
        year: 2025,
        seed: 1,
        iterations: 50,
        clients: 8,
        requests: 25,
        port: null,
        keep: false,
        json: false,
        vitals: false,
      },
    });
  });

  it("reads --json, --vitals and a port", () => {
    const parsed = parseOptions(["--scenes", "300", "--years", "3", "--json", "--vitals", "--port", "3500"], limits);
    expect(parsed).toMatchObject({ help: false, options: { scenes: 300, years: 3, json: true, vitals: true, port: 3500 } });
  });

  it("answers --help without parsing the rest", () => {
    expect(parseOptions(["--help", "--scenes", "x"], limits)).toEqual({ help: true });
  });

  it.each([
    [["--scenes", "0"], /--scenes must be an integer from 1/],
    [["--scenes", "1.5"], /--scenes/],
    [["--clients", ""], /--clients/],
    [["--year", "2027"], /--year must be an integer from 2016 to 2026/],
    [["--port", "80"], /--port must be an integer from 1024/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseOptions(argv, limits)).toThrow(message);
  });

  it("refuses an option it does not know", () => {
    expect(() => parseOptions(["--fast"], limits)).toThrow();
  });
});
