import { describe, expect, it } from "vitest";
import { candidateCards } from "./index";
import { claimContext, sentence } from "./test-context";

const LIST =
  "Epithelial-mesenchymal transition (EMT) is driven by TGF-beta signalling, hypoxia, and matrix stiffness [1].";
const NUMBER = "EMT raised the invasion rate of tumor cells by 45% in three mouse models [1].";
const PRAISE = "Understanding EMT is crucial.";

describe("candidateCards", () => {
  const sentences = [sentence(LIST, [1]), sentence(NUMBER, [1], 200), sentence(PRAISE, [], 400)];
  const context = claimContext(LIST, { group: { primary: sentences[0], sentences, refs: [1] } });
  const { cards, outcomes } = candidateCards(context, ["10%", "20%", "30%", "45%"]);

  it("asks for the enumeration, not for the topic's name", () => {
    const list = cards.find((card) => card.answer.includes(";"));
    expect(list?.prompt).toContain("_____ (three items)");
    expect(list?.answer).toBe("TGF-beta signalling; hypoxia; matrix stiffness");
  });

  it("blanks a number with its unit, and offers same-unit numbers only as multiple choice", () => {
    expect(cards.find((card) => card.type === "CLOZE" && card.answer === "45%")?.prompt).toContain("by _____ in");
    const choice = cards.find((card) => card.type === "MULTIPLE_CHOICE");
    expect(choice?.options).toHaveLength(4);
    expect(choice?.options?.every((option) => option.endsWith("%"))).toBe(true);
  });

  it("makes no card from pure evaluation and says so", () => {
    expect(outcomes.get(sentences[2])).toBe("evaluation");
    expect(cards.some((card) => card.source.start === 400)).toBe(false);
  });

  it("scores every card and gives each its own key", () => {
    for (const card of cards) expect(card.quality).toBeGreaterThan(0);
    expect(new Set(cards.map((card) => card.key)).size).toBe(cards.length);
  });
});

describe("candidateCards names a one-word answer as the sentence before did", () => {
  it("answers 'lithium plating', not 'Plating'", () => {
    const before = sentence("Fast charging at low temperature causes lithium plating on the graphite anode [1].", [1]);
    const text = "Plating is favoured by high charging currents at low temperatures in winter [1].";
    const after = sentence(text, [1], 100);
    const context = claimContext(text, {
      group: { primary: after, sentences: [after], refs: [1] },
      previousOf: (s) => (s === after ? before : null),
    });
    const question = candidateCards(context, []).cards.find((card) => card.type === "QUESTION");
    expect(question?.answer).toBe("lithium plating");
  });
});

describe("candidateCards asks back only a term of the field", () => {
  it("asks no question whose answer is a subject of everyday words or a body that acted", () => {
    for (const text of [
      "More corrosive water damaged the protective scale inside the old lead service pipes [1].",
      "The Environmental Protection Agency set the health goal for lead in drinking water at zero [1].",
    ]) {
      const primary = sentence(text, [1]);
      const context = claimContext(text, { group: { primary, sentences: [primary], refs: [1] } });
      const question = candidateCards(context, []).cards.find((card) => card.type === "QUESTION");
      expect(question?.rejected).toBe("the subject is no term to ask back");
    }
  });
});
