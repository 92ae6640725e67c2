import { describe, expect, it } from "vitest";
import { citedNumbers, sourceSpan, splitSentences, stripCitations } from "./sentences";
import { parseReference } from "./structure";

const references = [
  parseReference("1. Smith J. Alpha. J. 2020.", 1),
  parseReference("2. Lee K, Park M. Beta. J. 2019.", 2),
  parseReference("3. Kim S. Gamma. J. 2018.", 3),
];

describe("citedNumbers", () => {
  it("expands bracketed lists and ranges", () => {
    const style = { references: [], superscripts: false };
    expect(citedNumbers("Cells spread [1-3, 5] and grow [2].", style)).toEqual([1, 2, 3, 5]);
  });

  it("reads flattened superscripts only when they fall inside the numbered reference list", () => {
    const style = { references, superscripts: true };
    expect(citedNumbers("It occurs in breast cancers.1 Approximately", style)).toEqual([1]);
    expect(citedNumbers("It occurs in breast cancers.4 Approximately", style)).toEqual([]);
    const unnumbered = { references, superscripts: false };
    expect(citedNumbers("It occurs in breast cancers.1 Approximately", unnumbered)).toEqual([]);
  });

  it("links parenthetical and narrative author-year citations to the reference by first surname and year", () => {
    const sentence = "Cells spread (Smith, 2020; Lee et al., 2019) and Kim (2018) showed it, unlike Kim (2017).";
    expect(citedNumbers(sentence, { references, superscripts: false })).toEqual([1, 2, 3]);
  });
});

describe("stripCitations", () => {
  it("removes bracketed, author-year and superscript markers and the space before punctuation", () => {
    expect(stripCitations("Cells spread [1, 2] and grow (Smith, 2020).")).toBe("Cells spread and grow.");
    expect(stripCitations("Cells spread in cancers.1")).toBe("Cells spread in cancers.");
    expect(stripCitations("Shade cools walls by 11 to 25°C (Source: US Environmental Protection Agency, 2008).")).toBe(
      "Shade cools walls by 11 to 25°C.",
    );
  });

  it("keeps a standard's number that a lower-case word follows", () => {
    expect(stripCitations("The weights come from the ITU-R BT.601 television standard.")).toBe(
      "The weights come from the ITU-R BT.601 television standard.",
    );
    expect(stripCitations("ITU-T T.81 defines four modes of operation.")).toBe(
      "ITU-T T.81 defines four modes of operation.",
    );
    expect(stripCitations("Cells spread in cancers.1 Tumours grow.")).toBe("Cells spread in cancers. Tumours grow.");
  });

  it("removes author–year citations with pages, before 1900, or by a surname with an accent", () => {
    expect(stripCitations("Rations reached three million people (Ó Gráda 1999: 44).")).toBe(
      "Rations reached three million people.",
    );
    expect(stripCitations("The English had created the Famine (Mitchel 1861).")).toBe(
      "The English had created the Famine.",
    );
    expect(stripCitations("Ministers saw an opportunity (Gray 1999, 227–231; Kinealy 1994, 98).")).toBe(
      "Ministers saw an opportunity.",
    );
    const famine = [parseReference("- Ó Gráda, Cormac. 1999. Black '47 and Beyond. Princeton.", 1)];
    expect(
      citedNumbers("Rations reached three million (Ó Gráda 1999, 44).", { references: famine, superscripts: false }),
    ).toEqual([1]);
  });
});

describe("splitSentences", () => {
  const paragraph = { text: "Cells spread widely [1]. They grow.2 Tumours form quickly.", start: 10, section: "Intro" };
  const sentences = splitSentences([paragraph], { references, superscripts: true });

  it("splits at sentence ends and after a flattened superscript, with offsets into the article", () => {
    expect(sentences.map((s) => s.text)).toEqual(["Cells spread widely [1].", "They grow.2", "Tumours form quickly."]);
    const article = " ".repeat(10) + paragraph.text;
    for (const sentence of sentences) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("reads a superscript glued to a word before its punctuation", () => {
    expect(citedNumbers("The placebo response was 3.2 days10. Next", { references, superscripts: true })).toEqual([]);
    const many = Array.from({ length: 12 }, (_, i) =>
      parseReference(`${i + 1}. Author A. Title ${i}. J. 2020.`, i + 1),
    );
    expect(citedNumbers("The placebo response was 3.2 days10. Next", { references: many, superscripts: true })).toEqual(
      [10],
    );
    expect(stripCitations("The placebo response was 3.2 days10.")).toBe("The placebo response was 3.2 days.");
    expect(stripCitations("A survey in 20162 found migraine in 15% of adults.")).toBe(
      "A survey in 2016 found migraine in 15% of adults.",
    );
  });

  it("splits after a superscript that follows a percentage", () => {
    const text = "The global prevalence was 9.1%.2 Most patients die of heart disease.";
    const split = splitSentences([{ text, start: 0, section: "Body" }], { references, superscripts: true });
    expect(split.map((s) => s.text)).toEqual([
      "The global prevalence was 9.1%.2",
      "Most patients die of heart disease.",
    ]);
    expect(split[0].citations).toEqual([2]);
  });

  it("splits after a superscript that follows a capital, and before a name written in lower case", () => {
    const text =
      "Cas9 cleaves sites with five mismatches to the sgRNA.2 Tolerance depends on position. High-fidelity variants. eSpCas9 weakens binding.";
    const split = splitSentences([{ text, start: 0, section: "Body" }], { references, superscripts: true });
    expect(split.map((s) => s.text)).toEqual([
      "Cas9 cleaves sites with five mismatches to the sgRNA.2",
      "Tolerance depends on position.",
      "High-fidelity variants.",
      "eSpCas9 weakens binding.",
    ]);
    expect(split[0].citations).toEqual([2]);
  });

  it("gives a numbered paragraph's heading a sentence of its own", () => {
    const text =
      "Fatty acids supply 10% of energy.1 (2) Regulation of fat storage. The microbiota suppresses Fiaf. It rose. (3) Endotoxaemia. LPS leaks.";
    const split = splitSentences([{ text, start: 0, section: "Body" }], { references, superscripts: true });
    expect(split.map((s) => s.text)).toEqual([
      "Fatty acids supply 10% of energy.1",
      "(2) Regulation of fat storage.",
      "The microbiota suppresses Fiaf.",
      "It rose.",
      "(3) Endotoxaemia.",
      "LPS leaks.",
    ]);
  });

  it("records each sentence's section and citations", () => {
    expect(sentences.map((s) => [s.section, s.citations])).toEqual([
      ["Intro", [1]],
      ["Intro", [2]],
      ["Intro", []],
    ]);
  });

  it("gives a card its source span", () => {
    const span = { section: "Intro", sentence: "Cells spread widely [1].", start: 10, end: 34 };
    expect(sourceSpan(sentences[0])).toEqual(span);
  });
});
