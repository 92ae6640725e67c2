import { describe, expect, it } from "vitest";
import { distractorsFor, optionForm, orderKey, shuffled } from "./options";

describe("optionForm", () => {
  it("lower-cases an answer except its acronyms, plural or in parentheses", () => {
    expect(optionForm("Epithelial-Mesenchymal Transition (EMT)")).toBe("epithelial-mesenchymal transition (EMT)");
    expect(optionForm("Circulating CTCs")).toBe("circulating CTCs");
  });
});

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

describe("distractorsFor", () => {
  it("skips the answer and options that contain it or that it contains, in any case or number", () => {
    const pool = ["Tumor Cells", "tumor cell", "circulating tumor cells", "cells", "exosome cargo", "bone niches"];
    expect(distractorsFor("tumor cells", pool, "seed", 3).sort()).toEqual(["bone niches", "exosome cargo"]);
  });

  it("prefers options as long as the answer and returns no more than asked, without duplicates", () => {
    const pool = ["dormant cells", "drug efflux pumps", "exosome cargo", "niches", "Exosome Cargo", "immune escape"];
    const picked = distractorsFor("tumor cells", pool, "seed", 3);
    expect(picked.sort()).toEqual(["dormant cells", "exosome cargo", "immune escape"]);
  });
});
