import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clozeOf, generateDeck } from "./generate";
import { cleanArticleText } from "./clean";

const seedText = readFileSync(path.join(__dirname, "../../prisma/seed-data/cancer-metastasis-review.txt"), "utf8");

describe("cleanArticleText", () => {
  const clean = cleanArticleText(seedText);

  it("removes escapes, running headers and back matter", () => {
    expect(clean).not.toContain("\\n");
    expect(clean).not.toContain("J Cancer Sci Ther");
    expect(clean).not.toContain("Volume 17");
    expect(clean).not.toMatch(/Copyright|Address for Correspondence|Received:/);
  });

  it("rejoins a sentence cut by a page break and repairs glued words", () => {
    expect(clean).toContain("Understanding these resistance factors");
    expect(clean).toContain("achieved through metabolic reprogramming [9].");
    expect(clean).not.toMatch(/epithelialmesenchymal|premetastatic/i);
  });
});

describe("generateDeck on the seed article", () => {
  const deck = generateDeck(seedText);

  it("finds the ten mechanisms from the text and its references", () => {
    expect(deck.mechanisms.map((m) => m.name)).toEqual([
      "tumor microenvironment",
      "metastatic niche",
      "circulating tumor cells",
      "epithelial-mesenchymal transition",
      "drug resistance",
      "immunotherapy",
      "tumor dormancy",
      "exosomes",
      "metabolic reprogramming",
      "genetic heterogeneity",
    ]);
  });

  it("gives every mechanism cards whose source sentence is in the cleaned text", () => {
    for (const mechanism of deck.mechanisms) {
      expect(deck.cards.filter((card) => card.mechanismId === mechanism.id).length).toBeGreaterThanOrEqual(3);
    }
    for (const card of deck.cards) {
      expect(deck.cleanText.slice(card.source.start, card.source.end)).toBe(card.source.sentence);
      expect(`${card.prompt} ${card.answer}`).not.toMatch(/J Cancer Sci Ther|Volume 17|\\n/);
    }
  });

  it("is deterministic", () => {
    expect(JSON.stringify(generateDeck(seedText))).toBe(JSON.stringify(deck));
  });
});

describe("clozeOf", () => {
  it("blanks the acronym with the term", () => {
    const cloze = clozeOf("The tumor microenvironment (TME) drives spread; the TME is active [1].", "tumor microenvironment");
    expect(cloze).toEqual({ prompt: "The _____ drives spread; the _____ is active.", answer: "tumor microenvironment (TME)" });
  });
});
