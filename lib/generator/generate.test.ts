import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeck } from "./generate";
import { cleanArticleText } from "./clean";

const seedText = readFileSync(path.join(__dirname, "../../prisma/seed-data/cancer-metastasis-review.txt"), "utf8");
const FURNITURE = /J Cancer Sci Ther|Volume 17|\\n|Copyright|Manuscript No/;
const GLUED = /epithelialmesenchymal|premetastatic/i;

describe("cleanArticleText on the seed article", () => {
  const clean = cleanArticleText(seedText);

  it("removes escapes, running headers and back matter", () => {
    expect(clean).not.toMatch(FURNITURE);
    expect(clean).not.toMatch(/Address for Correspondence|Received:|How to cite/);
  });

  it("rejoins a sentence cut by a page break and repairs glued words", () => {
    expect(clean).toContain("Understanding these resistance factors");
    expect(clean).toContain("achieved through metabolic reprogramming [9].");
    expect(clean).not.toMatch(GLUED);
    expect(clean).toContain("epithelial-mesenchymal transition (EMT) [4]");
  });
});

describe("generateDeck on the seed article (golden)", () => {
  const deck = generateDeck(seedText);

  it("reads the title, author and the ten numbered references", () => {
    expect(deck.article.title).toBe("Cancer Metastasis: Mechanisms, Challenges, Therapies");
    expect(deck.article.authors).toEqual(["Lukas Schneider"]);
    expect(deck.article.references.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(deck.article.references[3]).toMatchObject({
      title: "Epithelial-mesenchymal transition and its clinical significance in cancer metastasis",
      journal: "Cancer Letters",
      year: 2023,
    });
  });

  it("finds exactly the ten mechanisms, from the text and its references", () => {
    expect(deck.topics.map((m) => m.name)).toEqual([
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

  it("groups the introduction, body and conclusion wordings of a claim", () => {
    const niche = deck.claims.find((c) => c.topicId === "metastatic-niche")!;
    expect(niche.variants.map((v) => v.section)).toEqual(["Introduction", "Description", "Conclusion"]);
    expect(niche.refs).toEqual([2]);
    expect(deck.claims).toHaveLength(10);
  });

  it("gives every mechanism at least 3 cards of at least 2 types", () => {
    for (const topic of deck.topics) {
      const cards = deck.cards.filter((card) => card.topicId === topic.id);
      expect(cards.length).toBeGreaterThanOrEqual(3);
      expect(new Set(cards.map((card) => card.type)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps furniture, escapes and glued words out of every card, and sources in the cleaned text", () => {
    for (const card of deck.cards) {
      const text = `${card.prompt} ${card.answer} ${(card.options ?? []).join(" ")}`;
      expect(text).not.toMatch(FURNITURE);
      expect(text).not.toMatch(GLUED);
      expect(deck.cleanText.slice(card.source.start, card.source.end)).toBe(card.source.sentence);
    }
  });

  it("never lets a cloze or multiple-choice prompt name its answer", () => {
    for (const card of deck.cards.filter((c) => c.type === "CLOZE" || c.type === "MULTIPLE_CHOICE")) {
      expect(card.prompt).toContain("_____");
      const answer = card.answer.replace(/\s*\(([A-Z]+)\)$/, "").toLowerCase();
      expect(card.prompt.toLowerCase()).not.toContain(answer);
      const acronym = card.answer.match(/\(([A-Z]+)\)$/)?.[1];
      if (acronym) expect(card.prompt).not.toMatch(new RegExp(`\\b${acronym}\\b`));
    }
  });

  it("offers four distinct, consistently cased options that include the answer", () => {
    for (const card of deck.cards.filter((c) => c.options)) {
      expect(card.options).toHaveLength(4);
      expect(new Set(card.options).size).toBe(4);
      expect(card.options).toContain(card.answer);
      if (card.type !== "REFERENCE")
        for (const option of card.options!)
          expect(option).toBe(option.replace(/\b[a-z]+\b/gi, (w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase())));
    }
  });

  it("asks only well-formed questions", () => {
    for (const card of deck.cards.filter((c) => c.type === "QUESTION")) {
      expect(card.prompt).toMatch(/^(What|Which) .+\?$/);
      expect(card.prompt.toLowerCase()).not.toContain(card.answer.toLowerCase());
    }
  });

  it("gives unique stable keys and the same output for the same input, byte for byte", () => {
    expect(new Set(deck.cards.map((c) => c.key)).size).toBe(deck.cards.length);
    expect(JSON.stringify(generateDeck(seedText))).toBe(JSON.stringify(deck));
  });
});

describe("repairGluedWords", () => {
  it("splits a word the lexicon doesn't know when both halves stand alone in the document, and nothing else", async () => {
    const { repairGluedWords } = await import("./clean");
    const text =
      "Cells lose epithelial traits and gain mesenchymal ones. The epithelialmesenchymal switch reshapes the microenvironment of the bloodstream.";
    expect(repairGluedWords(text)).toBe(
      "Cells lose epithelial traits and gain mesenchymal ones. The epithelial-mesenchymal switch reshapes the microenvironment of the bloodstream.",
    );
  });
});
