import { describe, expect, it } from "vitest";
import type { ClaimGroup } from "./claims";
import type { Sentence } from "./sentences";
import { parseReference } from "./structure";
import { assignTopics, displayName, slugify, titleChunks, topicFromReferenceTitle } from "./topics";

const group = (text: string, section = "Body", citations: number[] = []): ClaimGroup => {
  const sentence: Sentence = { text, start: 0, end: text.length, section, citations };
  return { primary: sentence, sentences: [sentence], refs: citations };
};

describe("naming helpers", () => {
  it("splits a title into candidate phrases at stop words and punctuation", () => {
    const title = "The role of exosomes in cancer metastasis: new insights";
    expect(titleChunks(title)).toEqual(["exosomes", "cancer metastasis"]);
  });

  it("lower-cases a display name except acronyms, and slugifies it", () => {
    expect(displayName("Tumor Microenvironment and EMT")).toBe("tumor microenvironment and EMT");
    expect(slugify("Epithelial–mesenchymal transition (EMT)")).toBe("epithelial-mesenchymal-transition-emt");
  });
});

describe("topicFromReferenceTitle", () => {
  it("takes the first title phrase the claim mentions, skipping generic ones", () => {
    const generic = (chunk: string) => chunk.toLowerCase() === "cancer metastasis";
    const claim = ["Exosomes carry RNA in cancer metastasis."];
    expect(topicFromReferenceTitle("Exosomes in cancer metastasis", claim, generic)).toBe("Exosomes");
    expect(topicFromReferenceTitle("Cancer metastasis and exosomes", claim, generic)).toBe("exosomes");
  });

  it("falls back to the longest part of a phrase that the claim uses", () => {
    const claim = ["Neonicotinoid insecticides harm wild bees."];
    const title = "Neonicotinoid pesticides and bee decline";
    expect(topicFromReferenceTitle(title, claim, () => false)).toBe("Neonicotinoid");
  });

  it("returns null when the claim mentions nothing of the title", () => {
    expect(topicFromReferenceTitle("Coral reef recovery", ["Bees pollinate crops."], () => false)).toBeNull();
  });
});

describe("assignTopics", () => {
  it("names cited claims after their reference's title", () => {
    const references = [parseReference("1. Smith J. Tumor dormancy in bone. J. 2020.", 1)];
    const claim = group("Tumor dormancy lets single cells survive therapy for years [1].", "Body", [1]);
    const topics = assignTopics([claim], references);
    // The display name is lower case; the term keeps the title's casing, as findTerm ignores case.
    expect(topics).toEqual([{ id: "tumor-dormancy", name: "tumor dormancy", term: "Tumor dormancy" }]);
  });

  it("falls back to specific section headings when there are no references", () => {
    const groups = [
      group("Central banks raise interest rates to cool inflation.", "Interest Rates"),
      group("Households expect prices to rise when wages grow quickly.", "Expectations"),
      group("Higher policy rates lower the demand for mortgages.", "Interest Rates"),
    ];
    expect(assignTopics(groups, []).map((topic) => [topic.id, topic.term])).toEqual([
      ["interest-rates", null],
      ["expectations", null],
      ["interest-rates", null],
    ]);
  });

  it("names claims without references or telling headings by the key phrases they share", () => {
    const groups = [
      group("Coral reefs lose their colour during marine heatwaves."),
      group("Marine heatwaves kill fish in shallow bays."),
      group("Wild bees pollinate most fruit crops in Europe."),
      group("Farmland pesticides weaken wild bees over time."),
    ];
    expect(assignTopics(groups, []).map((topic) => topic.name)).toEqual([
      "marine heatwaves",
      "marine heatwaves",
      "wild bees",
      "wild bees",
    ]);
  });
});
