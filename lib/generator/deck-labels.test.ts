/**
 * The decks as students get them, judged by the hand labels: every card the generator makes for the
 * starter article and each fixture has a label in tests/fixtures/labels (so a change in what it
 * makes must be labelled before it lands), and most of each deck is acceptable.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeck } from "./generate";
import { articleTextFromBytes } from "./input";

interface Label {
  prompt: string;
  answer: string;
  label: "acceptable" | "fail";
  reasons?: string[];
}

const root = path.join(__dirname, "../..");
const ARTICLES: [deck: string, file: string][] = [
  ["cancer-metastasis-review", "prisma/seed-data/cancer-metastasis-review.txt"],
  ["antibiotic-stewardship-review", "tests/fixtures/articles/antibiotic-stewardship-review.md"],
  ["battery-degradation-pdf", "tests/fixtures/articles/battery-degradation-pdf.txt"],
  ["coral-bleaching", "tests/fixtures/articles/coral-bleaching.pdf"],
  ["hanseatic-trade-web", "tests/fixtures/articles/hanseatic-trade-web.md"],
  ["monetary-policy-no-citations", "tests/fixtures/articles/monetary-policy-no-citations.md"],
  ["pollinator-decline-web", "tests/fixtures/articles/pollinator-decline-web.txt"],
  ["transformers-author-year", "tests/fixtures/articles/transformers-author-year.md"],
];

/** The share of a deck's cards its labels accept. */
const MIN_ACCEPTABLE = 0.85;

const labelsOf = (deck: string): Map<string, Label> =>
  new Map(
    (JSON.parse(readFileSync(path.join(root, "tests/fixtures/labels", `${deck}.json`), "utf8")).cards as Label[]).map(
      (label) => [`${label.prompt}\u0000${label.answer}`, label],
    ),
  );

describe("the generated decks, by their hand labels", () => {
  for (const [deck, file] of ARTICLES) {
    it(`${deck}: every card is labelled and at least 85% are acceptable`, async () => {
      const text = await articleTextFromBytes(new Uint8Array(readFileSync(path.join(root, file))), file);
      const { cards } = generateDeck(text);
      const labels = labelsOf(deck);
      const unlabelled = cards.filter((card) => !labels.has(`${card.prompt}\u0000${card.answer}`));
      expect(unlabelled.map((card) => `${card.prompt} → ${card.answer}`)).toEqual([]);
      const failing = cards
        .map((card) => labels.get(`${card.prompt}\u0000${card.answer}`)!)
        .filter((label) => label.label === "fail");
      const acceptable = cards.length - failing.length;
      console.log(`${deck}: ${acceptable} of ${cards.length} cards acceptable`);
      expect(cards.length).toBeGreaterThan(0);
      expect(
        acceptable / cards.length,
        failing.map((label) => `${label.prompt} → ${label.answer}: ${label.reasons?.join("; ")}`).join("\n"),
      ).toBeGreaterThanOrEqual(MIN_ACCEPTABLE);
    });
  }
});
