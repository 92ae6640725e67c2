import { describe, expect, it } from "vitest";
import { spellOutAcronyms } from "./acronyms";

const acronyms = new Map([
  ["CTC", "Circulating Tumor Cells"],
  ["EMT", "epithelial-mesenchymal transition"],
]);

describe("spellOutAcronyms", () => {
  it("spells out an acronym's first use as the article defines it", () => {
    expect(spellOutAcronyms("Detecting CTCs allows their use as biomarkers for _____.", "x", acronyms)).toBe(
      "Detecting Circulating Tumor Cells (CTCs) allows their use as biomarkers for _____.",
    );
    expect(spellOutAcronyms("EMT drives _____.", "invasion", acronyms)).toBe(
      "Epithelial-mesenchymal transition (EMT) drives _____.",
    );
  });

  it("leaves a prompt that already spells it out, and one whose answer the spelling would give away", () => {
    const spelled = "Epithelial-mesenchymal transition makes EMT a driver of _____.";
    expect(spellOutAcronyms(spelled, "invasion", acronyms)).toBe(spelled);
    expect(spellOutAcronyms("Which process is EMT short for?", "epithelial-mesenchymal transition", acronyms)).toBe(
      "Which process is EMT short for?",
    );
    expect(spellOutAcronyms("_____ drives EMT.", "EMT", acronyms)).toBe("_____ drives EMT.");
  });

  it("writes a common expansion in lower case, with the article it takes", () => {
    const scop = new Map([["SCOP", "Seasonal coefficient of performance"]]);
    expect(spellOutAcronyms("A home should achieve an SCOP of around _____.", "3", scop)).toBe(
      "A home should achieve a seasonal coefficient of performance (SCOP) of around _____.",
    );
  });

  it("leaves an acronym inside a hyphenated name alone", () => {
    expect(spellOutAcronyms("The EMT-CTC trial stopped after _____.", "2.4 years", acronyms)).toBe(
      "The EMT-CTC trial stopped after _____.",
    );
  });

  it("does not pair a singular use with a plural spelling", () => {
    expect(spellOutAcronyms("A CTC count predicts _____.", "relapse", acronyms)).toBe("A CTC count predicts _____.");
  });
});
