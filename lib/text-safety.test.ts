import { describe, expect, it } from "vitest";
import { findUnsafeText, isSafeText } from "./text-safety";

describe("isSafeText", () => {
  it("accepts ordinary text, emoji and other scripts", () => {
    expect(isSafeText("Tumour cells 🧬 Ärzte 日本語 \t\n")).toBe(true);
  });

  it("refuses NUL and unpaired surrogates", () => {
    expect(isSafeText("a\u0000b")).toBe(false);
    expect(isSafeText("\ud800")).toBe(false);
    expect(isSafeText("x\udc00y")).toBe(false);
  });
});

describe("findUnsafeText", () => {
  it("names the path of the first unsafe string, in arrays, objects and keys", () => {
    expect(findUnsafeText({ title: "ok", excludedCardKeys: ["a", "b\u0000"] })).toEqual(["excludedCardKeys", "1"]);
    expect(findUnsafeText({ topicNames: { "t\ud800": "Name" } })).toEqual(["topicNames", "t\ud800"]);
    expect(findUnsafeText({ topicNames: { t1: "N\ud800" } })).toEqual(["topicNames", "t1"]);
    expect(findUnsafeText("\u0000")).toEqual([]);
  });

  it("returns null when every string is safe", () => {
    expect(findUnsafeText({ rating: 3, wantCard: false, nested: [{ name: "Ok" }], none: null })).toBeNull();
  });
});
