import { describe, expect, it } from "vitest";
import { wordingOf } from "./candidate";
import { findMagnitudes } from "./clauses";
import { knowledgeCards } from "./knowledge";
import { claimContext, sentence } from "./test-context";

describe("findMagnitudes", () => {
  it("finds a size of effect said in one word", () => {
    expect(findMagnitudes("Cooler storage can halve calendar loss.").map((s) => s.text)).toEqual(["halve"]);
    expect(findMagnitudes("The cost grows quadratically with sequence length.").map((s) => s.text)).toEqual([
      "quadratically",
    ]);
    expect(findMagnitudes("The cost grows with sequence length.")).toEqual([]);
  });

  it("asks the effect rather than the figures that set its conditions", () => {
    const text =
      "Storing a cell at 50% state of charge and 25 °C instead of 100% and 40 °C can halve its calendar capacity loss over one year.";
    const cards = knowledgeCards(claimContext(text, { title: "Capacity Fade" }), wordingOf(sentence(text), 0)).filter(
      (card) => card && !card.rejected,
    );
    const answers = cards.map((card) => card!.answer);
    expect(answers).toContain("halve");
    expect(answers.some((answer) => /\d/.test(answer))).toBe(false);
  });
});
