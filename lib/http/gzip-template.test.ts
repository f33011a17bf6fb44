import { randomBytes } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compileGzipTemplate, fillGzipTemplate, fillTemplate } from "./gzip-template";

const page = (nonce: string) =>
  `<!DOCTYPE html><html lang="sv"><script nonce="${nonce}">1</script>${"<p>Översikt – länet</p>".repeat(500)}<script nonce="${nonce}">2</script>${nonce}`;

describe("a gzip template", () => {
  it("decompresses to the text with the value in every place", () => {
    const template = compileGzipTemplate(page("stored-nonce"), "stored-nonce");
    for (const value of ["c2Vjb25kLW5vbmNl+/==", "", "å".repeat(40)]) {
      expect(gunzipSync(fillGzipTemplate(template, value)).toString()).toBe(page(value));
      expect(fillTemplate(template, value).toString()).toBe(page(value));
    }
  });

  it("holds a text without the placeholder, one that starts with it, and random bytes between", () => {
    const noise = randomBytes(70_000).toString("latin1");
    for (const text of ["ingen plats", "XY", "XYabcXY", `XY${noise}XY${noise}`]) {
      const template = compileGzipTemplate(text, "XY");
      expect(gunzipSync(fillGzipTemplate(template, "nonce")).toString()).toBe(text.replaceAll("XY", "nonce"));
    }
  });

  it("is about as small as the page compressed whole", () => {
    const template = compileGzipTemplate(page("stored-nonce"), "stored-nonce");
    const whole = gzipSync(page("another-nonce")).length;
    expect(fillGzipTemplate(template, "another-nonce").length).toBeLessThan(whole * 1.5);
  });
});
