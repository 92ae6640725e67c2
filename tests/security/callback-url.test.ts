import { describe, expect, it } from "vitest";
import { afterSignIn, safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    "/\\evil.example/phish",
    "/%09/evil.example",
    "/\t/evil.example",
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "https://evil.example",
    "https://evil.example/review",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "\\\\evil.example",
    " //evil.example",
  ])("sends %j to / instead", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it.each([
    ["/review", "/review"],
    ["/review?deck=abc&x=1#top", "/review?deck=abc&x=1#top"],
    ["/settings?next=%2Fimport", "/settings?next=%2Fimport"],
    ["review", "/review"],
  ])("keeps the same-origin path %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it("never returns a path a browser reads as another host", () => {
    for (const value of ["/%2F%2Fevil.example", "/%5Cevil.example", "/%09/evil.example"]) {
      const result = safeCallbackUrl(value);
      expect(new URL(result, "http://127.0.0.1:3000").origin).toBe("http://127.0.0.1:3000");
    }
  });

  it("accepts absolute URLs on the given origin only, as next-auth passes them", () => {
    const origin = "http://127.0.0.1:3401";
    expect(safeCallbackUrl("http://127.0.0.1:3401/review?deck=1", { origin })).toBe("/review?deck=1");
    expect(safeCallbackUrl("http://127.0.0.1:3402/review", { origin })).toBe("/");
    expect(safeCallbackUrl("http://localhost:3000/", { origin })).toBe("/");
  });

  it("uses the fallback for a missing or unusable value", () => {
    expect(safeCallbackUrl(undefined, { fallback: "/review" })).toBe("/review");
    expect(safeCallbackUrl("", { fallback: "/review" })).toBe("/review");
    expect(safeCallbackUrl("https://evil.example", { fallback: "/review" })).toBe("/review");
  });
});

describe("afterSignIn", () => {
  it("goes to the review when nothing was asked for, and home when the request was unsafe", () => {
    expect(afterSignIn(undefined)).toBe("/review");
    expect(afterSignIn(null)).toBe("/review");
    expect(afterSignIn("/settings")).toBe("/settings");
    expect(afterSignIn("//evil.example")).toBe("/");
  });
});
