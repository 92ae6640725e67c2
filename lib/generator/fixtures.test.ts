import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeck } from "./generate";
import { isFiller } from "./discourse";
import { articleTextFromBytes } from "./input";

const fixture = (name: string) => path.join(__dirname, "../../tests/fixtures/articles", name);
const read = (name: string) => readFileSync(fixture(name), "utf8");

function expectSoundDeck(deck: ReturnType<typeof generateDeck>) {
  expect(deck.claims.length).toBeGreaterThanOrEqual(4);
  expect(deck.cards.length).toBeGreaterThanOrEqual(4);
  for (const card of deck.cards) {
    expect(deck.cleanText.slice(card.source.start, card.source.end)).toBe(card.source.sentence);
    expect(card.prompt.length).toBeGreaterThan(10);
    expect(isFiller(card.answer), card.answer).toBe(false);
    expect(`${card.prompt} ${card.answer}`).not.toMatch(/\]\(|https?:|Keywords|Edited by/);
  }
  for (const claim of deck.claims) expect(deck.topics.map((m) => m.id)).toContain(claim.topicId);
  // Most important statements get a card; the CLI prints the rest with the reason.
  const important = deck.coverage.filter((s) => s.important);
  const carded = important.filter((s) => s.status === "carded" || s.status === "restated");
  expect(carded.length / important.length).toBeGreaterThanOrEqual(0.3);
}

const answers = (deck: ReturnType<typeof generateDeck>) => deck.cards.map((card) => card.answer);

describe("superscript citations and web-page furniture (ecology)", () => {
  const deck = generateDeck(read("pollinator-decline-web.txt"));

  it("drops badges, metrics and affiliation bullets", () => {
    expect(deck.article.title).toBe("Pollinator Decline in Agricultural Landscapes: Drivers and Remedies");
    expect(deck.article.authors).toEqual(["Maria Keller", "Tomas Novak", "Aiko Tanaka"]);
    expect(deck.cleanText).not.toMatch(/Open Access|Views 12|Downloads|Institute of Ecology|© 2024/);
  });

  it("links flattened superscripts to the numbered references", () => {
    expect(deck.article.references).toHaveLength(7);
    const neonicotinoid = deck.claims.find((c) => c.text.startsWith("Neonicotinoid insecticides"));
    expect(neonicotinoid?.refs).toEqual([3]);
    for (const claim of deck.claims) expect(claim.refs.length).toBeGreaterThan(0);
    for (const card of deck.cards) expect(card.prompt).not.toMatch(/[a-z]\.\d|\d,\d\s/);
  });

  it("makes a sound deck", () => expectSoundDeck(deck));
});

describe("author-year citations (computer science)", () => {
  const deck = generateDeck(read("transformers-author-year.md"));

  it("parses an author-year reference list and links citations to it", () => {
    expect(deck.article.references.find((r) => r.title.startsWith("Attention is all you need"))).toMatchObject({
      year: 2017,
    });
    const transformer = deck.claims.find((c) => c.text.startsWith("The transformer architecture"));
    expect(transformer?.refs).toEqual([7]);
    const distillation = deck.claims.find((c) => c.text.startsWith("Knowledge distillation"));
    expect(distillation?.refs).toEqual([4]);
    // Parenthetical citations are stripped; a narrative one ("Devlin et al. (2019) showed…") is part of the sentence.
    for (const card of deck.cards) expect(card.prompt).not.toMatch(/\([A-Z][A-Za-z]+[^()]*,\s*\d{4}\)/);
  });

  it("makes a sound deck", () => expectSoundDeck(deck));
});

describe("no citations (economics, Markdown)", () => {
  const deck = generateDeck(read("monetary-policy-no-citations.md"));

  it("falls back to the section headings for topics", () => {
    expect(deck.article.references).toHaveLength(0);
    expect(deck.topics.map((m) => m.name)).toEqual(
      expect.arrayContaining(["interest rates", "expectations", "balance sheets"]),
    );
    expect(deck.cards.some((card) => card.type === "REFERENCE" || card.type === "TOPIC")).toBe(false);
  });

  it("makes a sound deck", () => expectSoundDeck(deck));
});

describe("a PDF with a text layer (marine biology)", async () => {
  const text = await articleTextFromBytes(
    new Uint8Array(readFileSync(fixture("coral-bleaching.pdf"))),
    "coral-bleaching.pdf",
  );
  const deck = generateDeck(text);

  it("removes the running header and page numbers and rejoins hyphenated words", () => {
    expect(text).not.toContain("Marine Ecology Letters");
    expect(text).toContain("Assisted evolution breeds heat-tolerant corals");
    expect(text).not.toMatch(/^\s*\d\s*$/m);
  });

  it("reads the reference list and makes a sound deck", () => {
    expect(deck.article.title).toBe("Coral Bleaching Under Marine Heatwaves");
    expect(deck.article.references).toHaveLength(6);
    expectSoundDeck(deck);
  });
});

describe("a saved web page with bylines and link markup (history)", () => {
  const deck = generateDeck(read("hanseatic-trade-web.md"));

  it("takes the page's heading for the title, the byline for the authors, and no furniture for claims", () => {
    expect(deck.article.title).toBe("The Hanseatic League: Trade Networks of Medieval Northern Europe");
    expect(deck.article.authors).toEqual(["Ingrid Solberg", "Marek Wiśniewski"]);
    expect(deck.cleanText).not.toMatch(/\]\(https?:/);
    for (const claim of deck.claims) expect(claim.text).not.toMatch(/^(By|Edited|Keywords|Note|Published)\b/);
  });

  it("blanks dates and counts, and asks for enumerations", () => {
    expect(answers(deck)).toEqual(expect.arrayContaining(["1370", "1669", "Furs; wax; grain; timber"]));
  });

  it("makes a sound deck", () => expectSoundDeck(deck));
});

describe("PDF-extracted text with running heads and numbered sections (engineering)", () => {
  const deck = generateDeck(read("battery-degradation-pdf.txt"));

  it("reads numbered headings as sections, and keeps keyword and affiliation lines out of the claims", () => {
    expect(deck.article.title).toBe(
      "Capacity Fade in Lithium-Ion Cells for Electric Vehicles: Mechanisms and Mitigation",
    );
    expect(deck.article.references).toHaveLength(9);
    for (const claim of deck.claims) expect(claim.text).not.toMatch(/Keywords|Department|^Introduction|^Conclusion/);
    for (const card of deck.cards) expect(card.prompt).not.toMatch(/J Energy Storage Eng|[a-z]\.\d/);
  });

  it("never blanks a unit alone", () => {
    for (const card of deck.cards) expect(card.answer).not.toMatch(/^(°C|%|months?|days?)$/);
  });

  it("makes a sound deck", () => expectSoundDeck(deck));
});

describe("a review with numbers and a table (medicine)", () => {
  const deck = generateDeck(read("antibiotic-stewardship-review.md"));

  it("asks for figures, definitions and causes", () => {
    expect(answers(deck)).toEqual(expect.arrayContaining(["19%", "1.27 million deaths"]));
    expect(deck.cards.some((card) => card.prompt === "What is antimicrobial stewardship?")).toBe(true);
    expect(deck.cards.some((card) => card.prompt.includes("because _____"))).toBe(true);
  });

  it("offers multiple choice only among options of one kind: numbers of one unit, or the table's rows", () => {
    const rows = [
      "Formulary restriction",
      "Prospective audit and feedback",
      "Education alone",
      "Clinical decision support",
    ];
    for (const card of deck.cards.filter((c) => c.type === "MULTIPLE_CHOICE")) {
      expect(card.options).toHaveLength(4);
      if (rows.includes(card.answer)) {
        expect([...card.options!].sort()).toEqual([...rows].sort());
        continue;
      }
      const unitOf = (value: string) => value.replace(/^[−–-]?[\d.,\s]+/, "");
      for (const option of card.options!) expect(unitOf(option)).toBe(unitOf(card.answer));
    }
  });

  it("makes a sound deck", () => expectSoundDeck(deck));
});

describe("articleTextFromBytes", () => {
  it("refuses empty, binary and oversized input with a clear message", async () => {
    await expect(articleTextFromBytes(new Uint8Array(), "a.txt")).rejects.toThrow("a.txt is empty.");
    await expect(articleTextFromBytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), "a.bin")).rejects.toThrow(
      "not a text or PDF file",
    );
    await expect(articleTextFromBytes(new Uint8Array(10 * 1024 * 1024 + 1).fill(65), "big.txt")).rejects.toThrow(
      "the limit is 10 MB",
    );
  });
});

describe("unusual input", () => {
  it("reads the text of a saved HTML page, without its script", () => {
    const page =
      "<!doctype html><html><head><style>p{}</style></head><body><h1>Cell Biology Basics Today</h1>" +
      "<p>The mitochondrion produces most of the energy of the cell through oxidative phosphorylation.</p>" +
      "<script>alert(1)</script><p>Ribosomes translate messenger RNA into proteins in the cytoplasm &amp; on the endoplasmic reticulum.</p></body></html>";
    const deck = generateDeck(page);
    expect(deck.article.title).toBe("Cell Biology Basics Today");
    expect(deck.cleanText).not.toMatch(/<|alert/);
    expect(deck.cleanText).toContain("cytoplasm & on");
    expect(deck.claims.length).toBe(2);
  });

  it("handles text without a title, headings or references, and text with nothing to learn", () => {
    const body = "The enzyme catalyses the reaction under acidic conditions and releases heat. ".repeat(50);
    expect(generateDeck(body).claims).toHaveLength(1);
    for (const text of ["Hello.", "1\n2\n3", "References\n\n1. A B. Title one. J. 2020."]) {
      const deck = generateDeck(text);
      expect(deck.cards).toEqual([]);
      expect(deck.warnings).toContain("No statements were found that could become claims.");
    }
  });
});
