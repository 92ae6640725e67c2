import { describe, expect, it } from "vitest";
import { dependsOnContext, extractClaims, isClaimCandidate } from "./claims";
import type { Sentence } from "./sentences";

const sentence = (text: string, citations: number[] = [], start = 0): Sentence => ({
  text,
  start,
  end: start + text.length,
  section: "Body",
  citations,
});

describe("extractClaims in a section that cites nothing the reference list holds", () => {
  it("keeps that section's statements as claims of their own", () => {
    const at = (text: string, start: number, section: string, citations: number[] = []) => ({
      text,
      start,
      end: start + text.length,
      section,
      citations,
    });
    const sentences = [
      at("Antwerp surrendered to Spanish forces in August 1585 after a long siege.", 0, "Origins", [1]),
      at("The Dutch East India Company was chartered by the States General in 1602.", 100, "Companies"),
      at("The company received a monopoly on Dutch trade east of the Cape of Good Hope.", 200, "Companies"),
    ];
    const claims = extractClaims(sentences, new Map());
    const grouped = claims.flatMap((claim) => claim.sentences.map((sentence) => sentence.start));
    expect(grouped).toEqual(expect.arrayContaining([0, 100, 200]));
  });
});

describe("isClaimCandidate", () => {
  it("keeps a capitalised statement of six words or more", () => {
    expect(isClaimCandidate(sentence("Tumor cells enter the bloodstream through leaky vessels."))).toBe(true);
  });

  it("rejects short sentences, questions, links, lower-case fragments and a lead-in without its list", () => {
    for (const text of [
      "Short one here.",
      "Do tumor cells enter the bloodstream through vessels?",
      "Visit https://example.org for tumor cells data now.",
      "tumor cells enter the bloodstream through leaky vessels.",
      "The air source heat pump moves heat around a sealed circuit in four stages:",
    ]) {
      expect(isClaimCandidate(sentence(text))).toBe(false);
    }
  });
});

describe("dependsOnContext", () => {
  it("flags sentences that open by pointing back", () => {
    expect(dependsOnContext("These cells then migrate.")).toBe(true);
    expect(dependsOnContext("  It spreads.")).toBe(true);
    expect(dependsOnContext("Thermal stress bleaches corals.")).toBe(false);
  });
});

const starts = (groups: ReturnType<typeof extractClaims>) =>
  groups.map((group) => ({
    primary: group.primary.start,
    sentences: group.sentences.map((s) => s.start),
    refs: group.refs,
  }));

describe("extractClaims", () => {
  it("groups restatements of an uncited claim by similarity", () => {
    const sentences = [
      "Tumor cells enter the bloodstream through leaky blood vessels.",
      "Exosomes carry proteins and RNA between distant cells.",
      "Through leaky blood vessels, tumor cells enter the bloodstream.",
    ].map((text, i) => sentence(text, [], i * 100));
    expect(starts(extractClaims(sentences, new Map()))).toEqual([
      { primary: 0, sentences: [0, 200], refs: [] },
      { primary: 100, sentences: [100], refs: [] },
    ]);
  });

  it("groups cited sentences by their first reference and attaches a clearly closer unmarked one", () => {
    const sentences = [
      sentence("Tumor cells enter the bloodstream through leaky blood vessels [1].", [1], 0),
      sentence("Exosomes carry proteins and RNA between distant cells [2].", [2], 100),
      sentence("Exosomes from tumors carry RNA between distant cells.", [], 200),
      sentence("Bone marrow niches keep disseminated tumor cells dormant for years [3].", [3, 1], 300),
    ];
    expect(starts(extractClaims(sentences, new Map()))).toEqual([
      { primary: 0, sentences: [0], refs: [1] },
      { primary: 100, sentences: [100, 200], refs: [2] },
      { primary: 300, sentences: [300], refs: [3, 1] },
    ]);
  });

  it("finds no claims in text without statements", () => {
    const sentences = [sentence("Short one here."), sentence("Why do corals bleach in warm water at all?")];
    expect(extractClaims(sentences, new Map())).toEqual([]);
  });
});
