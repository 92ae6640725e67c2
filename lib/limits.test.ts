import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BODY_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "./limits";

describe("limits", () => {
  it("imports nothing, so client components can share it without pulling in server code", () => {
    const source = readFileSync(new URL("./limits.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\b|\brequire\(|\bimport\(/m);
  });

  it("reads the upload limit the way messages show it", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_UPLOAD_LABEL).toBe("10 MB");
  });

  it("lets a save request carry an article at the upload limit, escaped", () => {
    expect(MAX_IMPORT_BODY_BYTES).toBeGreaterThan(2 * MAX_UPLOAD_BYTES);
  });
});
