import { describe, expect, it } from "vitest";
import { describeMatch, editDistance, matchAnswer, matchTypedAnswer, normaliseAnswer, singular } from "./match";

describe("tolerant answer matching", () => {
  it("accepts the exact answer", () => {
    expect(matchAnswer("metastasis", "metastasis")).toEqual({ correct: true, kind: "exact", edits: 0 });
  });

  it("ignores case, accents, punctuation, spacing and a leading article", () => {
    for (const given of ["  Epithelial-Mesenchymal  Transition. ", "the epithelial mesenchymal transition"])
      expect(matchAnswer(given, "epithelial–mesenchymal transition").kind).toBe("case-and-punctuation");
    expect(matchAnswer("Café", "cafe").correct).toBe(true);
  });

  it("accepts singular for plural and plural for singular", () => {
    expect(matchAnswer("circulating tumour cell", "circulating tumour cells")).toMatchObject({
      correct: true,
      kind: "plural",
    });
    expect(matchAnswer("metastases", "metastasis").correct).toBe(true); // an irregular plural, one letter off
    expect(matchAnswer("matrix metalloproteinase", "matrix metalloproteinases").kind).toBe("plural");
    expect(matchAnswer("capillaries", "capillary").kind).toBe("plural");
  });

  it("forgives small typos by answer length, and says how many", () => {
    const typo = matchAnswer("angiogenesys", "angiogenesis");
    expect(typo).toEqual({ correct: true, kind: "typo", edits: 1 });
    expect(describeMatch(typo)).toBe("matched with 1 typo forgiven");
    expect(matchAnswer("agniogenesis", "angiogenesis")).toMatchObject({ correct: true, edits: 1 }); // a swap is one edit
    expect(matchAnswer("vegf", "vegr").correct).toBe(false); // 4 letters: no typo allowed
    expect(matchAnswer("anoikis", "anokis").correct).toBe(true);
    expect(matchAnswer("invasion", "intravasation").correct).toBe(false);
  });

  it("never forgives a different number", () => {
    expect(matchAnswer("process 12", "process 13").correct).toBe(false);
    expect(matchAnswer("process 1", "process 1.").correct).toBe(true);
  });

  it("refuses an empty answer", () => {
    expect(matchAnswer("", "anything").correct).toBe(false);
    expect(matchAnswer(" ... ", "anything").correct).toBe(false);
  });

  it("has helpers that behave as their names say", () => {
    expect(normaliseAnswer("The  T-Cell!")).toBe("t cell");
    expect(singular("processes")).toBe("process");
    expect(singular("bus")).toBe("bus");
    expect(singular("analysis")).toBe("analysis");
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abcdef", "zzzzzz", 1)).toBe(2);
  });
});

describe("typed answers with an acronym", () => {
  it("accept the term, the acronym or both", () => {
    for (const given of [
      "Circulating Tumor Cells (CTCs)",
      "circulating tumor cells",
      "CTCs",
      "circulating tumour cells",
    ])
      expect(matchTypedAnswer(given, "Circulating Tumor Cells (CTCs)").correct).toBe(true);
    expect(matchTypedAnswer("exosomes", "Circulating Tumor Cells (CTCs)").correct).toBe(false);
  });
});
