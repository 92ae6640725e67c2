import { describe, expect, it } from "vitest";
import { BLANK } from "./cloze";
import { multipleChoiceCard } from "./multiple-choice";
import { claimContext, EMT_CLAIM, primaryWording } from "./test-context";

const POOL = ["dormant cells", "drug efflux pumps", "Exosome cargo", "exosome cargo", "tumor cells", "bone marrow"];

describe("multipleChoiceCard", () => {
  const context = claimContext(EMT_CLAIM);
  const card = multipleChoiceCard(context, primaryWording(context), POOL)!;

  it("blanks a phrase other than the topic term, which the topic card already asks for", () => {
    expect(card.type).toBe("MULTIPLE_CHOICE");
    expect(card.answer).toBe("tumor cells");
    expect(card.prompt).toBe(EMT_CLAIM.replace("tumor cells", BLANK));
  });

  it("offers four distinct options, one of them the answer", () => {
    expect(card.options).toHaveLength(4);
    expect(new Set(card.options).size).toBe(4);
    expect(card.options).toContain(card.answer);
    expect(card.options!.filter((option) => option === "tumor cells")).toHaveLength(1);
  });

  it("makes the same card for the same claim", () => {
    expect(multipleChoiceCard(context, primaryWording(context), POOL)).toEqual(card);
  });

  it("makes no card without three distractors", () => {
    const pool = ["dormant cells", "tumor cells", "Dormant Cells"];
    expect(multipleChoiceCard(context, primaryWording(context), pool)).toBeNull();
  });

  it("makes no card when the only gap is the topic term", () => {
    const onlyTerm = claimContext("Epithelial-mesenchymal transition (EMT) occurs early.");
    expect(multipleChoiceCard(onlyTerm, primaryWording(onlyTerm), POOL)).toBeNull();
  });
});
