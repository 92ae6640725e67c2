import { describe, expect, it } from "vitest";
import type { Candidate } from "./candidate";
import { numericChoiceCard, unitOf } from "./multiple-choice";
import { claimContext } from "./test-context";

const TEXT = "Stewardship cut antibiotic use by 19% in two years.";
const cloze: Candidate = {
  key: "k",
  type: "CLOZE",
  prompt: "Stewardship cut antibiotic use by _____ in two years.",
  answer: "19%",
  claimId: "claim-1",
  topicId: "t",
  refs: [],
  source: { section: "Results", sentence: TEXT, start: 0, end: TEXT.length },
  quality: 0.5,
};

describe("numericChoiceCard", () => {
  const context = claimContext(TEXT);

  it("reads the unit of a number", () => {
    expect(unitOf("40 months")).toBe("months");
    expect(unitOf("1.5 °C")).toBe("°c");
    expect(unitOf("19%")).toBe("%");
    expect(unitOf("200")).toBe("");
  });

  it("offers the answer among three other numbers of the same unit", () => {
    const card = numericChoiceCard(context, cloze, ["32%", "50 days", "51%", "30%", "19%", "1.27 million deaths"])!;
    expect(card.type).toBe("MULTIPLE_CHOICE");
    expect([...card.options!].sort()).toEqual(["19%", "30%", "32%", "51%"]);
    expect(numericChoiceCard(context, cloze, ["51%", "30%", "32%"])).toEqual(card);
  });

  it("makes no card without three same-unit distractors", () => {
    expect(numericChoiceCard(context, cloze, ["32%", "50 days", "12 months", "19%"])).toBeNull();
  });
});
