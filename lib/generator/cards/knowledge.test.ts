import { describe, expect, it } from "vitest";
import { wordingOf } from "./candidate";
import { answeredByTitle, knowledgeCards } from "./knowledge";
import { claimContext, sentence } from "./test-context";

const cardsOf = (text: string, title = "Cancer Metastasis: Mechanisms, Challenges, Therapies") =>
  knowledgeCards(claimContext(text, { title }), wordingOf(sentence(text), 0)).filter(
    (card): card is NonNullable<typeof card> => !!card && !card.rejected,
  );

describe("knowledgeCards", () => {
  it("asks a cause put first as the effect 'because _____'", () => {
    const cards = cardsOf(
      "Because self-attention has no notion of order, transformers add positional encodings to the token embeddings.",
      "Attention-Based Sequence Models",
    );
    expect(cards).toContainEqual(
      expect.objectContaining({
        prompt: "Transformers add positional encodings to the token embeddings because _____.",
        answer: "self-attention has no notion of order",
      }),
    );
  });

  it("never opens a blank in the middle of a noun phrase", () => {
    const prompts = [
      ...cardsOf("Electrolyte additives form a thinner, more stable interphase layer and extend cycle life."),
      ...cardsOf("Pathogen spillover spreads deformed wing virus to wild bumblebee populations."),
    ].map((card) => card.prompt);
    expect(prompts.some((prompt) => /more _____|deformed _____/.test(prompt))).toBe(false);
  });

  it("asks no list with a catch-all item, of verbs that only say 'has an effect', or of where rather than what", () => {
    const cards = cardsOf("Wild bees and other insect pollinators have declined sharply across farmed regions.");
    expect(cards.some((card) => card.answer.includes("other insect pollinators"))).toBe(false);
    const effect = cardsOf(
      "Genetic variations in primary tumors profoundly impact the metastatic process and contribute significantly to treatment resistance.",
    );
    expect(effect.some((card) => /impact the metastatic process/.test(card.answer))).toBe(false);
    const where = cardsOf(
      "The inherent genetic heterogeneity within tumors and metastatic lesions complicates treatment, driving adaptability and resistance.",
    );
    expect(where.some((card) => card.answer === "tumors; metastatic lesions")).toBe(false);
    expect(where.some((card) => card.answer === "adaptability; resistance")).toBe(true);
  });

  it("asks a definition back from its meaning only where the meaning singles the term out", () => {
    const title = (text: string, name: string) => cardsOf(text, name).map((card) => card.prompt);
    // The title's own term, a broad kind ("a process where…") and the term's own head noun all give it away.
    const metastasis = title(
      "Metastasis, the spread of cancer cells from a primary tumor to distant sites, is deadly.",
      "Cancer Metastasis",
    );
    expect(metastasis).not.toContainEqual(expect.stringMatching(/^What is metastasis|^Which term/));
    // A two-word term the title names is still worth its definition.
    expect(
      title(
        "Antimicrobial stewardship, defined as a coordinated set of interventions that promote the optimal choice of antibiotics, is the main response.",
        "Antimicrobial Stewardship in Hospitals",
      ),
    ).toContain("What is antimicrobial stewardship?");
    expect(
      title(
        "Epithelial-mesenchymal transition (EMT) is a process where cancer cells acquire invasive properties.",
        "X",
      ),
    ).not.toContainEqual(expect.stringMatching(/^Which term/));
    expect(
      title(
        "Exosomes, which are tiny vesicles released by cells into the blood of patients, act as messengers.",
        "Tumour biology",
      ),
    ).toContainEqual(expect.stringMatching(/^Which term is defined as/));
  });

  it("knows an answer the title gives", () => {
    expect(answeredByTitle("self-attention", "Attention-Based Sequence Models")).toBe(true);
    expect(answeredByTitle("metastasis", "Cancer Metastasis: Mechanisms")).toBe(true);
    expect(answeredByTitle("sequence length", "Attention-Based Sequence Models")).toBe(false);
    expect(answeredByTitle("predicting metastasis; monitoring response", "Cancer Metastasis")).toBe(false);
  });
});
