import { describe, expect, it } from "vitest";
import { isKnownWord, isStatement, nounPhrases, splitSubject } from "./nlp";

describe("nounPhrases", () => {
  it("finds noun phrases with offsets into the sentence as written, without quantifiers", () => {
    const sentence = "Many Tumor cells enter the bloodstream through leaky vessels.";
    const phrases = nounPhrases(sentence);
    expect(phrases.map((p) => p.text)).toEqual(["Tumor cells", "bloodstream", "leaky vessels"]);
    for (const phrase of phrases) expect(sentence.slice(phrase.start, phrase.end)).toBe(phrase.text);
    expect(phrases.map((p) => p.words)).toEqual([2, 1, 2]);
  });

  it("drops a verb the tagger took for a noun when a determiner follows it", () => {
    const [first] = nounPhrases("Inflation expectations shape the prices that firms set.");
    expect(first.text).toBe("Inflation expectations");
  });
});

describe("isStatement", () => {
  it("needs a verb and no question mark", () => {
    expect(isStatement("Tumor cells enter the bloodstream.")).toBe(true);
    expect(isStatement("Do tumor cells enter the bloodstream?")).toBe(false);
    expect(isStatement("The red car")).toBe(false);
  });
});

describe("splitSubject", () => {
  it("splits a bare plural subject from its predicate", () => {
    expect(splitSubject("Tumor cells enter the bloodstream through leaky vessels.")).toEqual({
      subject: "Tumor cells",
      head: "cells",
      predicate: "enter the bloodstream through leaky vessels",
      plural: true,
    });
  });

  it("keeps an acronym in parentheses in a definite singular subject", () => {
    expect(splitSubject("The tumor microenvironment (TME) supports metastasis.")).toEqual({
      subject: "tumor microenvironment (TME)",
      head: "microenvironment",
      predicate: "supports metastasis",
      plural: false,
    });
  });

  it("refuses indefinite subjects and participle clauses", () => {
    expect(splitSubject("A key process drives spread.")).toBeNull();
    expect(splitSubject("Cancer cells undergoing metastasis demand energy.")).toBeNull();
  });
});

describe("isKnownWord", () => {
  it("knows English words in any case but not glued compounds", () => {
    expect(isKnownWord("energy")).toBe(true);
    expect(isKnownWord("Energy")).toBe(true);
    expect(isKnownWord("epithelialmesenchymal")).toBe(false);
  });
});
