import { describe, expect, it } from "vitest";
import {
  escapeRegExp,
  findTerm,
  lowerCaseExceptAcronyms,
  normaliseDigits,
  normaliseTerm,
  normaliseText,
  singular,
  wordCount,
} from "./text";

describe("escapeRegExp", () => {
  it("makes every regular-expression character literal", () => {
    const raw = "a.b*c+d?(e)[f]{g}|h^i$j\\k";
    expect(new RegExp(`^${escapeRegExp(raw)}$`).test(raw)).toBe(true);
    expect(new RegExp(escapeRegExp("a.b")).test("axb")).toBe(false);
  });
});

describe("normalising", () => {
  it("gives lines that differ only in numbers and spacing one key", () => {
    expect(normaliseDigits("  Page 3  of 12 ")).toBe("Page # of #");
    expect(normaliseDigits("Volume 17 2025")).toBe(normaliseDigits("Volume 18   2024"));
  });

  it("compares wordings in lower case with single spaces", () => {
    expect(normaliseText("  Tumor\n Cells   SPREAD ")).toBe("tumor cells spread");
  });

  it("counts words separated by any white space", () => {
    expect(wordCount("one two\tthree\nfour")).toBe(4);
  });

  it("makes plurals singular, keeping short words and -ss endings", () => {
    expect(singular("studies")).toBe("study");
    expect(singular("cells")).toBe("cell");
    expect(singular("process")).toBe("process");
    expect(singular("has")).toBe("has");
    expect(singular("processes", { dropEs: true })).toBe("process");
    expect(singular("cytokines", { dropEs: true })).toBe("cytokine");
    expect(singular("studies", { dropEs: true })).toBe("study");
  });

  it("keys a term by its singular, lower-case words without apostrophes", () => {
    expect(normaliseTerm("Circulating Tumor Cells")).toBe("circulating tumor cell");
    expect(normaliseTerm("Alzheimer's diseases")).toBe("alzheimer disease");
  });
});

describe("findTerm", () => {
  it("finds a term in another number and case and returns its surface form", () => {
    expect(findTerm("Most circulating tumor cells die in the blood.", "Circulating tumor cell")).toEqual({
      index: 5,
      surface: "circulating tumor cells",
    });
    expect(findTerm("Two therapies failed.", "therapy")?.surface).toBe("therapies");
  });

  it("matches across a hyphen but not inside a hyphenated word", () => {
    const found = findTerm("The epithelial-mesenchymal transition starts.", "epithelial mesenchymal transition");
    expect(found?.index).toBe(4);
    expect(findTerm("The pre-metastatic niche forms.", "metastatic niche")).toBeNull();
  });

  it("treats regular-expression characters in the term literally", () => {
    expect(findTerm("Levels of IL-6 (interleukin) rose.", "IL-6 (interleukin)")?.surface).toBe("IL-6 (interleukin)");
    expect(findTerm("Levels of IL-66 rose.", "IL.6")).toBeNull();
  });
});

describe("lowerCaseExceptAcronyms", () => {
  it("lower-cases every word the predicate does not keep", () => {
    const isAcronym = (word: string) => /^[A-Z]{2,}$/.test(word);
    expect(lowerCaseExceptAcronyms("Tumor  Microenvironment TME", isAcronym)).toBe("tumor microenvironment TME");
  });
});
