import { describe, expect, it } from "vitest";
import { titleSubject, withArticleContext } from "./article-context";

const TITLE = "The Hanseatic League: Trade Networks of Medieval Northern Europe";

describe("withArticleContext", () => {
  it("heads a prompt that names nothing of the article with the title's subject", () => {
    expect(
      withArticleContext("The last diet met in _____, attended by only nine towns.", "1669", TITLE, "decline"),
    ).toBe("The Hanseatic League: The last diet met in _____, attended by only nine towns.");
  });

  it("leaves a prompt that names the subject or its topic, and one whose answer the heading would give", () => {
    const named = "Abroad, the Hanseatic merchants ran four trading posts called _____.";
    expect(withArticleContext(named, "kontors", TITLE, null)).toBe(named);
    // "the league" is not a name: the subject's own word ("Hanseatic") is.
    expect(withArticleContext("Abroad, the league ran four posts called _____.", "kontors", TITLE, null)).toBe(
      "The Hanseatic League: Abroad, the league ran four posts called _____.",
    );
    const topical = "Kontors housed _____.";
    expect(withArticleContext(topical, "merchants", TITLE, "kontor")).toBe(topical);
    const giving = "A kontor was a compound where _____ lived.";
    expect(withArticleContext(giving, "Hanseatic merchants", TITLE, null)).toBe(giving);
  });

  it("reads a compound of common words as common, and lets a heading share one word of a clause answer", () => {
    const coral = "Coral Bleaching Under Marine Heatwaves";
    const named = "Coral bleaching happens when _____.";
    expect(withArticleContext(named, "heat stress makes corals expel their algae", coral, null)).toBe(named);
    const models = "Attention-Based Sequence Models";
    expect(
      withArticleContext(
        "Tokens attend to each other because _____.",
        "the transformer replaces recurrence with self-attention",
        models,
        null,
      ),
    ).toBe("Attention-Based Sequence Models: Tokens attend to each other because _____.");
  });

  it("takes the part of the title before its colon, and nothing from an untitled article", () => {
    expect(titleSubject(TITLE)).toBe("The Hanseatic League");
    expect(titleSubject("Untitled article")).toBeNull();
    expect(withArticleContext("X rose by _____.", "5%", "Untitled article", null)).toBe("X rose by _____.");
  });
});
