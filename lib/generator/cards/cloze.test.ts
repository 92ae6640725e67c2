import { describe, expect, it } from "vitest";
import { BLANK, clozeAt, clozeCards } from "./cloze";
import { claimContext, EMT_CLAIM, primaryWording } from "./test-context";

const acronyms = new Map([["EMT", "epithelial-mesenchymal transition"]]);

describe("clozeAt", () => {
  it("blanks the term together with its acronym in parentheses, and answers with both", () => {
    const gap = { index: 0, surface: "Epithelial-mesenchymal transition" };
    expect(clozeAt(EMT_CLAIM, gap, acronyms)).toEqual({
      prompt: `${BLANK} lets tumor cells invade surrounding tissue and enter blood vessels.`,
      answer: "Epithelial-mesenchymal transition (EMT)",
    });
  });

  it("also blanks other mentions of the term and of its known acronym", () => {
    const text = "Cells undergo EMT before epithelial-mesenchymal transition ends.";
    const cloze = clozeAt(text, { index: 25, surface: "epithelial-mesenchymal transition" }, acronyms);
    expect(cloze).toEqual({
      prompt: `Cells undergo ${BLANK} before ${BLANK} ends.`,
      answer: "epithelial-mesenchymal transition",
    });
  });

  it("blanks a plural mention of a singular gap", () => {
    const text = "One exosome carries RNA; exosomes carry proteins too.";
    const cloze = clozeAt(text, { index: 4, surface: "exosome" }, new Map());
    expect(cloze.prompt).toBe(`One ${BLANK} carries RNA; ${BLANK} carry proteins too.`);
  });
});

describe("clozeCards", () => {
  const context = claimContext(EMT_CLAIM);
  const cards = clozeCards(context, primaryWording(context));

  it("makes a card for each of the two best gaps, the topic term first", () => {
    expect(cards.map((card) => card.answer)).toEqual(["Epithelial-mesenchymal transition (EMT)", "tumor cells"]);
    expect(cards.every((card) => card.type === "CLOZE" && card.prompt.includes(BLANK))).toBe(true);
  });

  it("scores the topic-term gap highest and keys each card by its gap and wording", () => {
    expect(cards[0].quality).toBeGreaterThan(cards[1].quality);
    expect(new Set(cards.map((card) => card.key)).size).toBe(2);
    expect(cards[0]).toMatchObject({ claimId: "claim-1", topicId: context.topic.id, refs: [1] });
    expect(cards[0].source.sentence).toBe(EMT_CLAIM);
  });

  it("lowers the score of a wording that leans on the sentence before", () => {
    const leaning = claimContext("This epithelial-mesenchymal transition lets tumor cells invade surrounding tissue.");
    const [card] = clozeCards(leaning, primaryWording(leaning));
    expect(card.quality).toBeCloseTo(cards[0].quality - 0.25, 3);
  });
});
