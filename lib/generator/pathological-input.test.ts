/**
 * Inputs built to make text processing slow: long words and lines, long runs of one character,
 * unclosed brackets, tags and quotes, thousands of repeated sentences. Each must finish within a
 * time bound that grows linearly with its length: one backtracking pattern once took 30 s on a
 * single 100 KB word and froze the server.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "./clean";
import { generateDeck } from "./generate";
import { nounPhrases } from "./nlp";
import { citedNumbers, stripCitations } from "./sentences";
import { acronymsOf, contentWords } from "./similarity";
import { parseReference } from "./structure";

const seed = readFileSync(
  path.join(import.meta.dirname, "../../prisma/seed-data/cancer-metastasis-review.txt"),
  "utf8",
);

function elapsedMs(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Bounds scale with this machine's speed right now (shared CI cores vary): a pathological input
 * may take as long per character as the seed article, a real article that uses every stage.
 * A quadratic pass fails this by far: the original acronym pattern took 30 s on 100 KB.
 */
generateDeck(seed);
const seedMsPerChar = Math.max(elapsedMs(() => generateDeck(seed)) / seed.length, 0.005);
const MIN_BOUND_MS = 1_500;
const boundFor = (text: string) => Math.max(MIN_BOUND_MS, 1.5 * text.length * seedMsPerChar);

const references = Array.from({ length: 300 }, (_, i) => `[${i + 1}] Smith J. Title ${i}. Journal. 2020;1:1.`);

const pathological: Record<string, string> = {
  "one 1 MB word": "a".repeat(1_000_000),
  "the seed article with a 100 KB word": seed.replace("Introduction", `Introduction ${"x".repeat(100_000)}`),
  "the seed article with a 40 KB DNA sequence": `${seed}\n\n${"ACGT".repeat(10_000)}`,
  "a 200 KB capitalised word": "A".repeat(200_000),
  "deeply nested parentheses": "(".repeat(100_000) + ")".repeat(100_000),
  "unclosed brackets before digits": "[".repeat(100_000) + "1".repeat(1_000),
  "unclosed quotes": "“".repeat(100_000),
  "a web page of unclosed tags": `<html>${"<a".repeat(100_000)}`,
  "a web page of unclosed scripts": `<html>${"<script>".repeat(50_000)}`,
  "huge numeric entities": `<html><p>${"&#99999999999; &#0; &#xD800; ".repeat(10_000)}</p>`,
  "a long line of spaces": `${" ".repeat(300_000)}x`,
  "tabs and spaces": "a\t \t".repeat(100_000),
  "repeated acronyms": "Tumor microenvironment (TME) ".repeat(20_000),
  "unclosed acronyms": "(AB".repeat(100_000),
  "thousands of running headers": Array.from({ length: 20_000 }, (_, i) => `Journal ${i} of\tCancer\tScience`).join(
    "\n",
  ),
  "one tab line of 100 KB": `${"a ".repeat(50_000)}\tb c d\n${"a ".repeat(50_000)}`,
  "30,000 identical sentences": "The cell grows fast. ".repeat(30_000),
  "20,000 cited sentences": `${"Cells grow [1, 2, 3]. ".repeat(20_000)}\n\nReferences\n${references.join("\n")}`,
  "20,000 author-year citations": "Cells grow (Smith et al., 2020; Lee & Park 2019). ".repeat(20_000),
  "20,000 narrative citations": "Smith et al. (2020) showed that the cells grow. ".repeat(20_000),
  "a run of digits": "1".repeat(500_000),
  "dots and spaces": ". ".repeat(200_000),
  "long space runs before commas": `Smith${" ".repeat(1_000)},`.repeat(200),
  "hyphenated words": "epithelial-mesenchymal ".repeat(40_000),
};

describe("the generator on pathological input", () => {
  for (const [name, text] of Object.entries(pathological)) {
    it(`handles ${name} (${Math.round(text.length / 1000)} K characters) in linear time`, () => {
      let deck: ReturnType<typeof generateDeck> | undefined;
      const ms = elapsedMs(() => (deck = generateDeck(text)));
      expect(ms).toBeLessThan(boundFor(text));
      expect(deck?.cleanText).not.toContain("\u0000");
    });
  }

  it("still makes the seed article's cards when a 100 KB word sits in it", () => {
    const deck = generateDeck(pathological["the seed article with a 100 KB word"]);
    expect(deck.topics.length).toBeGreaterThanOrEqual(8);
    expect(deck.cards.length).toBeGreaterThan(10);
  });

  it("handles random mixes of the risky characters and tokens", () => {
    const token = fc.constantFrom(
      "Aa",
      "(B)",
      "(CTCs)",
      "[1]",
      "[1, 2–4]",
      "“",
      "”",
      "\t",
      "\n",
      "\n\n",
      " ",
      "  ",
      "et al.",
      "(2020)",
      "Smith",
      "&",
      ";",
      ".",
      ",",
      "-",
      "<p>",
      "</p>",
      "<script>",
      "&#65;",
      "*",
      "•",
      "#",
      "1.",
      "a".repeat(70),
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 3_000 }), (tokens) => {
        const text = tokens.join(tokens.length % 2 ? " " : "");
        expect(elapsedMs(() => generateDeck(text))).toBeLessThan(MIN_BOUND_MS);
      }),
      { numRuns: 40, seed: 20261128 },
    );
  });
});

describe("each rewritten pattern on its attack string", () => {
  const spaces = " ".repeat(200_000);
  const attacks: [string, () => unknown][] = [
    ["acronyms after a long word", () => acronymsOf(`${"a".repeat(200_000)} (AB)`)],
    [
      "acronym expansion over many acronyms",
      () => contentWords("word ".repeat(50_000), acronymsOf("Big Cat (BC) ".repeat(2_000))),
    ],
    ["citations after a long space run", () => stripCitations(`${spaces}x ${spaces}. (Smith${spaces}`)],
    [
      "author-year citations in a long capitalised word",
      () =>
        citedNumbers(`${"A".repeat(200_000)} (2020`, {
          references: [parseReference("Smith J. T. J. 2020.", 1)],
          superscripts: false,
        }),
    ],
    ["a reference of trailing dots and spaces", () => parseReference(`Smith. Title${". ".repeat(100_000)}x`, 1)],
    ["a reference of unclosed quotes", () => parseReference("“".repeat(100_000), 1)],
    ["cleaning a long space run before punctuation", () => cleanArticleText(`a${spaces}x${spaces},`)],
    ["noun phrases of a sentence of 70-letter words", () => nounPhrases(`${"b".repeat(70)} `.repeat(2_000))],
  ];
  for (const [name, attack] of attacks) {
    it(`runs ${name} quickly`, () => expect(elapsedMs(attack)).toBeLessThan(MIN_BOUND_MS));
  }
});
