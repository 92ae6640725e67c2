import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeck } from "./generate";
import { cleanArticleText } from "./clean";
import { isFiller, isPureEvaluation, withoutOpener } from "./discourse";
import { stripCitations } from "./sentences";
import type { StatementCoverage } from "./types";
import { normaliseText } from "./text";

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
    expect(new Set(niche.variants.map((v) => v.section))).toEqual(
      new Set(["Introduction", "Description", "Conclusion"]),
    );
    expect(niche.refs).toEqual([2]);
    expect(deck.claims).toHaveLength(10);
  });

  it("gives every mechanism a card on what it does, not only on its name", () => {
    for (const topic of deck.topics) {
      const cards = deck.cards.filter((card) => card.topicId === topic.id);
      const aboutIt = cards.filter((card) => !normaliseText(card.answer).includes(normaliseText(topic.name)));
      expect(aboutIt.length, topic.name).toBeGreaterThanOrEqual(1);
    }
  });

  it("never makes an answer of evaluative wording, and never blanks a topic's name twice", () => {
    for (const card of deck.cards) {
      expect(isFiller(card.answer), card.answer).toBe(false);
      expect(card.answer).not.toMatch(/\b(crucial|pivotal|transformative|passive element|key process)\b/i);
    }
    for (const topic of deck.topics) {
      const naming = deck.cards.filter((card) => normaliseText(card.answer).startsWith(normaliseText(topic.name)));
      expect(naming.length, topic.name).toBeLessThanOrEqual(2);
    }
  });

  it("covers the statements a tutor would ask about", () => {
    const answers = deck.cards.map((card) => card.answer.toLowerCase());
    const has = (...words: string[]) => answers.some((answer) => words.every((word) => answer.includes(word)));
    expect(has("checkpoint inhibitors", "cellular therapies")).toBe(true); // immunotherapy strategies
    expect(has("combination therapies", "neoantigen vaccines")).toBe(true); // and what comes next
    expect(has("prime pre-metastatic niches", "angiogenesis", "pro-metastatic factors")).toBe(true); // exosomes
    expect(has("quiescent for years")).toBe(true); // what dormancy is
    expect(has("escape", "survival", "colonization")).toBe(true); // the steps the TME influences
    expect(has("escaping the primary tumor", "surviving in circulation")).toBe(true); // what EMT drives
    expect(has("predicting", "monitoring")).toBe(true); // what CTCs are biomarkers for
    expect(has("tumor microenvironment", "genetic heterogeneity", "altered signaling pathways")).toBe(true); // resistance
  });

  it("reports coverage: every statement with its status, and the cited ones carded", () => {
    expect(deck.coverage.length).toBeGreaterThanOrEqual(60);
    const cited = deck.coverage.filter((s) => /\[\d+\]/.test(s.sentence));
    // Cited emphasis ("CTCs play a crucial role in metastasis [3]") has nothing to learn.
    const emphasis = (s: StatementCoverage) => isPureEvaluation(withoutOpener(stripCitations(s.sentence)));
    expect(cited.filter((s) => !s.important).every(emphasis)).toBe(true);
    expect(cited.filter((s) => s.important).length).toBeGreaterThanOrEqual(cited.length - 3);
    const carded = deck.coverage.filter((s) => s.important && (s.status === "carded" || s.status === "restated"));
    expect(carded.length / deck.coverage.filter((s) => s.important).length).toBeGreaterThanOrEqual(0.75);
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

  it("makes no topic or reference card, whose answers show through the wording", () => {
    expect(deck.cards.filter((c) => c.type === "TOPIC" || c.type === "REFERENCE")).toEqual([]);
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
