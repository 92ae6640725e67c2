import { describe, expect, it } from "vitest";
import { questionCard, wellFormedQuestion } from "./question";
import { claimContext, primaryWording } from "./test-context";

const questionFor = (text: string) => {
  const context = claimContext(text);
  return questionCard(context, primaryWording(context));
};

describe("wellFormedQuestion", () => {
  it("accepts a What/Which question of a sensible length that does not contain its answer", () => {
    expect(wellFormedQuestion("What lets tumor cells invade surrounding tissue?", "EMT")).toBe(true);
  });

  it("rejects short, unbalanced or self-answering questions", () => {
    expect(wellFormedQuestion("What happens?", "cells")).toBe(false);
    expect(wellFormedQuestion("What lets tumor cells (in blood invade tissue?", "EMT")).toBe(false);
    expect(wellFormedQuestion("What lets tumor cells invade the tissue that “surrounds them?", "EMT")).toBe(false);
    expect(wellFormedQuestion("What lets tumor cells invade surrounding tissue?", "Tumor  cells")).toBe(false);
    expect(
      wellFormedQuestion(
        "What structured merge-trees buffer writes in memory and merge files in the background?",
        "Log-",
      ),
    ).toBe(false);
  });
});

describe("questionCard on subjects split in the wrong place", () => {
  it("asks nothing of a predicate cut before its end, a copula before a verb, or a subject opening on an adverb", () => {
    const asked = (text: string) => {
      const card = questionFor(text);
      return card && !card.rejected ? card.prompt : null;
    };
    expect(
      asked("Eplerenone is more selective but less potent and, because of its half-life, is given twice daily."),
    ).toBeNull();
    expect(asked("Radon is drawn from the soil, then vented outside releasing radon gas above the roof.")).toBeNull();
    expect(asked("Aldosterone synthase converts corticosterone to aldosterone in the zona glomerulosa.")).toBe(
      "What converts corticosterone to aldosterone in the zona glomerulosa?",
    );
  });
});

describe("questionCard", () => {
  it("asks Which <noun> for a plural subject and answers with the subject", () => {
    expect(questionFor("Tumor cells enter the bloodstream through leaky vessels.")).toMatchObject({
      type: "QUESTION",
      prompt: "Which cells enter the bloodstream through leaky vessels?",
      answer: "Tumor cells",
      rejected: undefined,
    });
  });

  it("rejects a subject that adds only a word any sentence could use, and a predicate whose list lost its end", () => {
    expect(
      questionFor("Current strategies involve checkpoint inhibitors and cellular therapies.")?.rejected,
    ).toBeDefined();
    expect(
      questionFor(
        "EMT makes cancer cells highly migratory, equipping them to escape the tumor, endure circulation, and colonize.",
      )?.rejected,
    ).toBeDefined();
  });

  it("rejects a predicate that leans on the sentence before, and a one-word common subject", () => {
    expect(questionFor("Energy use is affected as well by the heat.")?.rejected).toBeDefined();
    expect(
      questionFor("Contrast led Dickens to call Lutheranism the child of the printed book.")?.rejected,
    ).toBeDefined();
  });

  it("asks What for a singular subject and capitalises the answer", () => {
    expect(questionFor("The tumor microenvironment (TME) supports metastasis in distant organs.")).toMatchObject({
      prompt: "What supports metastasis in distant organs?",
      answer: "Tumor microenvironment (TME)",
    });
  });

  it("leaves an aside after the subject out of the question", () => {
    expect(
      questionFor(
        "Size-tiered compaction (the historical default in Cassandra) merges similar SSTables into one table.",
      ),
    ).toMatchObject({
      prompt: "What merges similar SSTables into one table?",
      answer: "Size-tiered compaction",
    });
  });

  it("stops the question before a trailing clause", () => {
    expect(questionFor("Exosomes carry proteins between distant cells, which prepares new niches.")?.prompt).toBe(
      "Which exosomes carry proteins between distant cells?",
    );
  });

  it("keeps an ill-formed question only as a rejected candidate", () => {
    const card = questionFor("Exosomes carry proteins.");
    expect(card?.rejected).toBe('not a well-formed question: "Which exosomes carry proteins?"');
  });

  it("makes no question from a sentence without a simple subject", () => {
    expect(questionFor("A key process drives the spread of cancer cells.")).toBeNull();
  });
});
