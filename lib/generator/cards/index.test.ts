import { describe, expect, it } from "vitest";
import { candidateCards } from "./index";
import { claimContext, EMT_CLAIM, sentence } from "./test-context";

const RESTATED = "Tumor cells invade surrounding tissue after epithelial-mesenchymal transition [1].";
const POOL = ["dormant cells", "drug efflux pumps", "exosome cargo", "bone marrow niche"];

describe("candidateCards", () => {
  const primary = sentence(EMT_CLAIM, [1]);
  const context = claimContext(EMT_CLAIM, {
    group: { primary, sentences: [primary, sentence(RESTATED, [1], 200)], refs: [1] },
  });
  const cards = candidateCards(context, POOL);

  it("over-generates cloze and question cards per wording, then one card per choice template", () => {
    expect(cards.map((card) => [card.type, card.source.start])).toEqual([
      ["CLOZE", 0],
      ["CLOZE", 0],
      ["QUESTION", 0],
      ["CLOZE", 200],
      ["CLOZE", 200],
      ["QUESTION", 200],
      ["MULTIPLE_CHOICE", 0],
      ["TOPIC", 0],
      ["REFERENCE", 0],
    ]);
  });

  it("scores a later wording lower than the first and gives every card its own key", () => {
    expect(cards[3].quality).toBeLessThan(cards[0].quality);
    expect(new Set(cards.map((card) => card.key)).size).toBe(cards.length);
  });
});
