import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import weights from "./ranker-weights.json";
import { cardQuality, FEATURES, isHeldOut, KEEP_QUALITY, type RankedCardInput } from "./ranker";

interface Labelled extends RankedCardInput {
  label: "acceptable" | "fail";
  reasons?: string[];
}

const dir = path.join(__dirname, "../../../tests/fixtures/labels");
const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
const cards: Labelled[] = files.flatMap((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")).cards);
const heldOut = cards.filter((card) => isHeldOut(card.prompt));

describe("the ranker on the hand-labelled cards", () => {
  it("has at least 200 labels from the seed and at least seven fixtures, every failure with its reasons", () => {
    expect(cards.length).toBeGreaterThanOrEqual(200);
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const card of cards) {
      expect(["acceptable", "fail"]).toContain(card.label);
      if (card.label === "fail") expect(card.reasons?.length).toBeGreaterThan(0);
    }
  });

  it("was fit on the features it computes", () => {
    expect(weights.features).toEqual([...FEATURES]);
    expect(weights.weights).toHaveLength(FEATURES.length);
  });

  it("keeps cards at 85% precision or better on the held-out part, and most of the good ones", () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(60);
    const kept = heldOut.filter((card) => cardQuality(card) >= KEEP_QUALITY);
    const good = kept.filter((card) => card.label === "acceptable").length;
    const allGood = heldOut.filter((card) => card.label === "acceptable").length;
    const precision = good / kept.length;
    const recall = good / allGood;
    console.log(
      `ranker, held-out: ${kept.length} of ${heldOut.length} kept, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });

  it("ranks: acceptable held-out cards score higher than failing ones on average", () => {
    const mean = (list: Labelled[]) => list.reduce((sum, card) => sum + cardQuality(card), 0) / list.length;
    const good = heldOut.filter((card) => card.label === "acceptable");
    const bad = heldOut.filter((card) => card.label === "fail");
    expect(mean(good) - mean(bad)).toBeGreaterThan(0.15);
  });
});
