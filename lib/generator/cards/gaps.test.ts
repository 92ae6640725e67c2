import { describe, expect, it } from "vitest";
import { gapsOf } from "./gaps";
import { claimContext, EMT_CLAIM } from "./test-context";

describe("gapsOf", () => {
  it("puts the topic term first with score 1, then noun phrases without overlaps", () => {
    const gaps = gapsOf(EMT_CLAIM, claimContext(EMT_CLAIM));
    expect(gaps[0]).toEqual({ index: 0, surface: "Epithelial-mesenchymal transition", score: 1 });
    expect(gaps.slice(1).map((gap) => gap.surface)).toEqual(["tumor cells", "surrounding tissue", "blood vessels"]);
    for (const gap of gaps) expect(EMT_CLAIM.slice(gap.index, gap.index + gap.surface.length)).toBe(gap.surface);
  });

  it("scores phrases that many claims share lower", () => {
    const common = claimContext(EMT_CLAIM, { phraseClaimCount: new Map([["tumor cell", 10]]) });
    const gaps = gapsOf(EMT_CLAIM, common);
    expect(gaps.find((gap) => gap.surface === "tumor cells")!.score).toBeLessThan(
      gaps.find((gap) => gap.surface === "blood vessels")!.score,
    );
  });

  it("skips weak words and the authors of a narrative citation", () => {
    const text = "Devlin et al. showed that the process improves language models.";
    const context = claimContext(text, { topic: { id: "t", name: "t", term: null } });
    const surfaces = gapsOf(text, context).map((gap) => gap.surface);
    expect(surfaces).not.toContain("Devlin");
    expect(surfaces).not.toContain("process");
    expect(surfaces).toContain("language models");
  });
});
