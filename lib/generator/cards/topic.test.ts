import { describe, expect, it } from "vitest";
import { BLANK } from "./cloze";
import { TOPICS, claimContext, primaryWording } from "./test-context";
import { topicCard } from "./topic";

const TEXT = "Epithelial-mesenchymal transition (EMT) lets tumor cells invade surrounding tissue.";

describe("topicCard", () => {
  const context = claimContext(TEXT);
  const card = topicCard(context, primaryWording(context))!;

  it("quotes the claim with the topic term blanked and asks for its topic", () => {
    const quoted = `${BLANK} lets tumor cells invade surrounding tissue.`;
    expect(card.prompt).toBe(`Which topic does this claim belong to? “${quoted}”`);
    expect(card.answer).toBe("epithelial-mesenchymal transition");
  });

  it("offers the deck's topics as four distinct options", () => {
    expect([...card.options!].sort()).toEqual(TOPICS.map((topic) => topic.name).sort());
  });

  it("quotes the claim unchanged when its topic has no term in it", () => {
    const named = claimContext(TEXT, { topic: { ...TOPICS[0], term: null } });
    expect(topicCard(named, primaryWording(named))?.prompt).toBe(`Which topic does this claim belong to? “${TEXT}”`);
  });

  it("makes no card in a deck of fewer than three topics", () => {
    const small = claimContext(TEXT, { topics: TOPICS.slice(0, 2) });
    expect(topicCard(small, primaryWording(small))).toBeNull();
  });
});
