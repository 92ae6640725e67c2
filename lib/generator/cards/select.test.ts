import { describe, expect, it } from "vitest";
import type { GeneratedCardType } from "../types";
import type { Candidate } from "./candidate";
import { selectCards } from "./select";

let serial = 0;
const card = (type: GeneratedCardType, quality: number, extra: Partial<Candidate> = {}): Candidate => {
  serial += 1;
  const source = { section: "Body", sentence: "S.", start: 0, end: 2 };
  const identity = { key: `k${serial}`, claimId: "c", topicId: "t", refs: [] };
  return { ...identity, type, prompt: `prompt ${serial}`, answer: "a", source, quality, ...extra };
};

describe("selectCards", () => {
  it("keeps the best card of each type first, then the best of the rest, ordered by type", () => {
    const clozes = [card("CLOZE", 0.9), card("CLOZE", 0.85), card("CLOZE", 0.8)];
    const candidates = [...clozes, card("QUESTION", 0.5), card("TOPIC", 0.41)];
    const { kept, dropped } = selectCards(candidates, { min: 3, max: 4 });
    expect(kept.map((c) => [c.type, c.quality])).toEqual([
      ["CLOZE", 0.9],
      ["CLOZE", 0.85],
      ["QUESTION", 0.5],
      ["TOPIC", 0.41],
    ]);
    expect(dropped.map((c) => c.quality)).toEqual([0.8]);
  });

  it("drops rejected candidates and cards whose prompt repeats a kept one", () => {
    const rejected = card("QUESTION", 0.99, { rejected: "not a well-formed question" });
    const repeat = card("CLOZE", 0.8, { prompt: "Same  PROMPT" });
    const { kept, dropped } = selectCards([card("CLOZE", 0.9, { prompt: "same prompt" }), repeat, rejected]);
    expect(kept.map((c) => c.quality)).toEqual([0.9]);
    expect(dropped).toEqual([repeat, rejected]);
    expect(kept[0]).not.toHaveProperty("rejected");
  });

  it("fills up to the minimum with weak cards and stops there", () => {
    const weak = [card("CLOZE", 0.3), card("QUESTION", 0.2), card("REFERENCE", 0.1)];
    const { kept } = selectCards(weak, { min: 2, max: 6 });
    expect(kept.map((c) => c.quality)).toEqual([0.3, 0.2]);
  });
});
