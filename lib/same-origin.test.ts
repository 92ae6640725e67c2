import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers({ host: "claimdeck.example", ...values });

describe("isCrossSiteRequest", () => {
  it("refuses posts another site's page makes, by Sec-Fetch-Site or by Origin", () => {
    expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest("PUT", headers({ "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest("DELETE", headers({ origin: "null" }))).toBe(true);
  });

  it("accepts the app's own pages, typed URLs and programs without browser headers", () => {
    expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ origin: "https://claimdeck.example" }))).toBe(false);
    expect(isCrossSiteRequest("POST", headers({}))).toBe(false);
  });

  it("accepts the public URL's origin behind a proxy that rewrites Host", () => {
    const behindProxy = new Headers({ host: "10.0.0.5:3000", origin: "https://claimdeck.example" });
    expect(isCrossSiteRequest("POST", behindProxy, "https://claimdeck.example")).toBe(false);
  });

  it("never refuses reads", () => {
    expect(isCrossSiteRequest("GET", headers({ "sec-fetch-site": "cross-site" }))).toBe(false);
  });
});
