import { describe, expect, it } from "vitest";
import { acronymsOf, centroid, contentWords, cosine, tfidfVectors } from "./similarity";

const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));

describe("acronymsOf", () => {
  it("reads an acronym from the initials of the words before it, hyphenated parts included", () => {
    const text = "Cells undergo epithelial-mesenchymal transition (EMT). Many circulating tumor cells (CTCs) die.";
    const acronyms = acronymsOf(text);
    expect([...acronyms]).toEqual([
      ["EMT", "epithelial-mesenchymal transition"],
      ["CTC", "circulating tumor cells"],
    ]);
  });

  it("ignores parentheses whose letters do not match the words before them", () => {
    expect(acronymsOf("The results (NS) were weak.").size).toBe(0);
  });
});

describe("contentWords", () => {
  it("drops stop words, numbers and citation brackets, expands acronyms and stems", () => {
    const text = "The TME is shaped by processes and studies [1, 2] of 2020 cells.";
    const words = contentWords(text, new Map([["TME", "tumor microenvironment"]]));
    expect(words).toEqual(["tumor", "microenvironment", "shaped", "process", "study", "cell"]);
  });
});

describe("TF-IDF vectors and cosine", () => {
  const [first, second] = tfidfVectors([
    ["cell", "cell", "tumor"],
    ["tumor", "vessel"],
  ]);

  it("weighs repeated and rarer words higher, on unit-length vectors", () => {
    // cell: (1 + ln 2) · ln(1 + 2/1); tumor: 1 · ln(1 + 2/2); then divided by the norm.
    const cell = (1 + Math.log(2)) * Math.log(3);
    const tumor = Math.log(2);
    const length = Math.hypot(cell, tumor);
    expect(first.get("cell")).toBeCloseTo(cell / length, 12);
    expect(first.get("tumor")).toBeCloseTo(tumor / length, 12);
    expect(norm(first)).toBeCloseTo(1, 12);
    expect(norm(second)).toBeCloseTo(1, 12);
  });

  it("gives the dot product of shared words, 1 for a vector with itself and 0 for disjoint ones", () => {
    expect(cosine(first, second)).toBeCloseTo(first.get("tumor")! * second.get("tumor")!, 12);
    expect(cosine(first, first)).toBeCloseTo(1, 12);
    const [a, b] = tfidfVectors([["alpha"], ["beta"]]);
    expect(cosine(a, b)).toBe(0);
  });

  it("averages vectors into a unit-length centroid", () => {
    const middle = centroid([first, second]);
    expect([...middle.keys()]).toEqual(["cell", "tumor", "vessel"]);
    expect(norm(middle)).toBeCloseTo(1, 12);
    expect(cosine(middle, first)).toBeGreaterThan(cosine(second, first));
  });
});
