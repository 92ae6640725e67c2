import { describe, expect, it } from "vitest";
import { referenceCard, referenceLabel } from "./reference";
import { claimContext, primaryWording, reference } from "./test-context";

const TEXT = "Epithelial-mesenchymal transition (EMT) lets tumor cells invade surrounding tissue.";

describe("referenceLabel", () => {
  it("names a reference by title and year, when it has one", () => {
    expect(referenceLabel(reference(1, "EMT in metastasis", 2021))).toBe("EMT in metastasis (2021)");
    expect(referenceLabel(reference(1, "EMT in metastasis", null))).toBe("EMT in metastasis");
  });
});

describe("referenceCard", () => {
  const context = claimContext(TEXT, {}, 6);
  const card = referenceCard(context, primaryWording(context))!;

  it("asks which reference supports the quoted claim, answered by its first citation", () => {
    expect(card.prompt).toBe(`Which reference supports this claim? “${TEXT}”`);
    expect(card.answer).toBe("EMT in metastasis (2020)");
  });

  it("offers four distinct references from the article's list, the cited one among them", () => {
    const labels = [...context.references.values()].map(referenceLabel);
    expect(card.options).toHaveLength(4);
    expect(new Set(card.options).size).toBe(4);
    expect(card.options).toContain(card.answer);
    for (const option of card.options!) expect(labels).toContain(option);
  });

  it("makes no card for an uncited claim or a list of fewer than four references", () => {
    const uncited = claimContext(TEXT, { group: { ...context.group, refs: [] } });
    expect(referenceCard(uncited, primaryWording(uncited))).toBeNull();
    const short = claimContext(TEXT, {}, 3);
    expect(referenceCard(short, primaryWording(short))).toBeNull();
  });
});
