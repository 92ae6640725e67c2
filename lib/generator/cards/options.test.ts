import { describe, expect, it } from "vitest";
import { orderKey, shuffled } from "./options";

describe("shuffled", () => {
  it("orders options by a stable hash of the seed: same seed, same order, nothing lost", () => {
    const options = ["alpha", "beta", "gamma", "delta"];
    const once = shuffled(options, "claim-1");
    expect(shuffled([...options].reverse(), "claim-1")).toEqual(once);
    expect([...once].sort()).toEqual([...options].sort());
    expect(options).toEqual(["alpha", "beta", "gamma", "delta"]);
  });

  it("hashes with FNV-1a to an unsigned 32-bit number", () => {
    expect(orderKey("", "")).toBe(0x050c5d1f);
    expect(orderKey("a", "b")).not.toBe(orderKey("b", "a"));
  });
});
