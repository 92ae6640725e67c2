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

  it("offers the closest figures in size, never one ten times off, and a range only among ranges", () => {
    const heat = { ...cloze, prompt: "The difference can exceed _____.", answer: "10 °C" };
    const card = numericChoiceCard(context, heat, ["0.3 °C", "12 °C", "30 °C", "8 °C", "5 °C", "1–2 °C"])!;
    expect([...card.options!].sort()).toEqual(["10 °C", "12 °C", "5 °C", "8 °C"]);
    expect(numericChoiceCard(context, heat, ["0.3 °C", "0.5 °C", "0.9 °C", "12 °C"])).toBeNull();
    const range = { ...cloze, answer: "1–2 °C" };
    expect(numericChoiceCard(context, range, ["1.5 °C", "2 °C", "3 °C", "0.9 °C"])).toBeNull();
  });

  it("offers no figure the prompt itself states", () => {
    const control = {
      ...cloze,
      prompt: "Repayment was 97% among the treated and _____ among controls.",
      answer: "92%",
    };
    const card = numericChoiceCard(context, control, ["97%", "95%", "90%", "88%", "85%"])!;
    expect(card.options).not.toContain("97%");
  });

  it("offers no figure within 3% of the answer or of another option", () => {
    const card = numericChoiceCard(context, cloze, ["19.3%", "25%", "25.2%", "30%", "40%"])!;
    expect([...card.options!].sort()).toEqual(["19%", "25%", "30%", "40%"]);
    const study = { ...cloze, answer: "37%" };
    const apart = numericChoiceCard(context, study, ["37.8%", "47%", "52%", "22%", "30%"])!;
    expect(apart.options).not.toContain("37.8%");
  });

  it("makes no card without three same-unit distractors", () => {
    expect(numericChoiceCard(context, cloze, ["32%", "50 days", "12 months", "19%"])).toBeNull();
  });
});
