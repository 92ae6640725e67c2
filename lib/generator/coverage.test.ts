import { describe, expect, it } from "vitest";
import { answersStatement } from "./coverage";

const card = (answer: string, sentence: string) => ({
  answer,
  source: { section: "Body", sentence, start: 0, end: sentence.length },
});

describe("answersStatement", () => {
  const lists = card(
    "cancer cell escape; survival; colonization of distant sites",
    "The tumor microenvironment actively orchestrates metastasis, influencing cancer cell escape, survival, and colonization of distant sites.",
  );

  it("counts another wording of the same fact as taught by the card", () => {
    expect(
      answersStatement(
        lists,
        "The tumor microenvironment is not a passive element; it actively drives this process by influencing cancer cell escape, their survival in circulation, and subsequent colonization of new locations.",
      ),
    ).toBe(true);
  });

  it("reads a hyphenated compound as one word: 'self-attention' is not 'attention'", () => {
    const replaces = card(
      "recurrence with self-attention",
      "The transformer architecture replaces recurrence with self-attention, so that every token attends to every other token.",
    );
    expect(
      answersStatement(
        replaces,
        "Because self-attention has no notion of order, transformers add positional encodings to every token.",
      ),
    ).toBe(false);
  });

  it("does not count a sentence that only shares a one-word answer", () => {
    const term = card(
      "metastasis",
      "Metastasis, the spread of cancer cells to distant sites, is the deadliest aspect.",
    );
    expect(answersStatement(term, "Exosomes serve as communicators within the metastatic cascade.")).toBe(false);
  });

  it("does not count a sentence that holds the answer's words in another fact", () => {
    const pair = card(
      "host cells; extracellular matrix",
      "Disseminated tumor cells manipulate host cells and the extracellular matrix.",
    );
    expect(answersStatement(pair, "Stromal host cells secrete proteases.")).toBe(false);
  });

  it("holds a figure's statement to that figure: '29 per cent' is not taught by 'about 20 per cent'", () => {
    const census = {
      answer: "about 20 per cent",
      source: {
        section: "",
        sentence: "Between 1841 and 1851 the population fell by about 20 per cent.",
        start: 0,
        end: 1,
      },
    };
    expect(answersStatement(census, "Between 1841 and 1851 Connacht lost about 29 per cent of its population.")).toBe(
      false,
    );
    expect(answersStatement(census, "From 1841 to 1851 the population fell by about 20 per cent.")).toBe(true);
  });
});
