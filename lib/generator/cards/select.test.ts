import { describe, expect, it } from "vitest";
import type { GeneratedCardType } from "../types";
import type { Candidate } from "./candidate";
import { KEEP_QUALITY } from "./ranker";
import { COVERAGE_QUALITY, selectCards, withoutRestatements } from "./select";

let serial = 0;
const card = (type: GeneratedCardType, quality: number, extra: Partial<Candidate> = {}): Candidate => {
  serial += 1;
  const start = (extra.source?.start ?? serial * 10) as number;
  const source = { section: "Body", sentence: "S.", start, end: start + 2 };
  const identity = { key: `k${serial}`, claimId: "c", topicId: "t", refs: [] };
  return {
    ...identity,
    type,
    prompt: `prompt ${serial} ${"word ".repeat(serial)}`,
    answer: `answer ${serial}`,
    source,
    quality,
    ...extra,
  };
};

describe("selectCards", () => {
  it("keeps cards above the ranker's threshold, and a statement's best card down to the coverage floor", () => {
    const strong = card("CLOZE", KEEP_QUALITY + 0.1);
    const floor = card("QUESTION", (COVERAGE_QUALITY + KEEP_QUALITY) / 2);
    const weak = card("CLOZE", COVERAGE_QUALITY - 0.05);
    const { kept, dropped } = selectCards([weak, floor, strong]);
    expect(kept.map((c) => c.key)).toEqual([strong.key, floor.key]);
    expect(dropped).toEqual([weak]);
  });

  it("keeps one card per answer: a restatement does not ask the same thing again", () => {
    const first = card("CLOZE", 0.9, { answer: "checkpoint inhibitors; cellular therapies" });
    const again = card("CLOZE", 0.85, { answer: "cellular therapies; checkpoint inhibitors" });
    const { kept } = selectCards([first, again]);
    expect(kept.map((c) => c.key)).toEqual([first.key]);
  });

  it("drops rejected candidates and cards whose prompt repeats a kept one", () => {
    const rejected = card("QUESTION", 0.99, { rejected: "not a well-formed question" });
    const repeat = card("CLOZE", 0.8, { prompt: "Same  PROMPT", answer: "x" });
    const { kept, dropped } = selectCards([card("CLOZE", 0.9, { prompt: "same prompt" }), repeat, rejected]);
    expect(kept.map((c) => c.quality)).toEqual([0.9]);
    expect(dropped).toEqual([repeat, rejected]);
    expect(kept[0]).not.toHaveProperty("rejected");
  });
});

describe("withoutRestatements", () => {
  it("keeps the better of two claims' cards that ask the same fact", () => {
    const better = card("CLOZE", 0.9, { answer: "tumors; metastatic lesions" });
    const worse = card("CLOZE", 0.8, { answer: "primary tumor; subsequent metastatic lesions" });
    const other = card("CLOZE", 0.7, { answer: "checkpoint inhibitors" });
    const kept = withoutRestatements([worse, better, other]);
    expect([...kept].map((c) => c.key).sort()).toEqual([better.key, other.key].sort());
  });
});

describe("withoutRestatements across claims", () => {
  it("keeps one card for a sentence the conclusion says again, whatever each one blanks", () => {
    const source = (sentence: string, start: number) => ({ section: "Body", sentence, start, end: start + 1 });
    const body = card("CLOZE", 0.9, {
      claimId: "body",
      answer: "host cells; extracellular matrix",
      source: source("Cancer cells manipulate host cells and the extracellular matrix to prepare a niche.", 10),
    });
    const conclusion = card("CLOZE", 0.8, {
      claimId: "conclusion",
      answer: "a niche",
      source: source("Cancer cells manipulate host cells and the extracellular matrix to prepare a distant niche.", 90),
    });
    expect([...withoutRestatements([conclusion, body])].map((c) => c.key)).toEqual([body.key]);
  });
});

describe("withoutRestatements by what a sentence says", () => {
  it("keeps one card where another card's sentence states its answer in other words", () => {
    const source = (sentence: string, start: number) => ({ section: "Body", sentence, start, end: start + 1 });
    const first = card("CLOZE", 0.9, {
      answer: "predicting metastatic progression; monitoring the effectiveness of cancer treatments",
      source: source(
        "Detection lets CTCs serve as biomarkers for predicting metastatic progression and monitoring the effectiveness of cancer treatments.",
        10,
      ),
    });
    const second = card("CLOZE", 0.8, {
      answer: "predicting metastasis; monitoring treatment response",
      source: source(
        "Advances in detecting CTCs allow their use as biomarkers for predicting metastasis and monitoring treatment response.",
        90,
      ),
    });
    expect([...withoutRestatements([second, first])].map((c) => c.key)).toEqual([first.key]);
  });
});
