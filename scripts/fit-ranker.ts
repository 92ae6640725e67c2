/**
 * npm run ranker:fit — fits the ranker's logistic weights on the hand-labelled
 * cards in tests/fixtures/labels (all but the held-out part), picks the
 * keep threshold, and writes lib/generator/cards/ranker-weights.json.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cardFeatures, FEATURES, isHeldOut, type RankedCardInput } from "../lib/generator/cards/ranker";

interface Labelled extends RankedCardInput {
  label: "acceptable" | "fail";
}

const LABELS = path.join(__dirname, "../tests/fixtures/labels");
const OUT = path.join(__dirname, "../lib/generator/cards/ranker-weights.json");
/** Precision the threshold must reach on the training part (the held-out test asks 85%). */
const TARGET_PRECISION = 0.88;
const L2 = 0.005;
const STEPS = 20000;
const RATE = 1;

export function loadLabelled(): Labelled[] {
  return readdirSync(LABELS)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(path.join(LABELS, file), "utf8")) as { cards: Labelled[] }).cards);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function fit(rows: { x: number[]; y: number }[]): number[] {
  const w = new Array(FEATURES.length).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array(w.length).fill(0);
    for (const { x, y } of rows) {
      const error = sigmoid(x.reduce((sum, v, i) => sum + v * w[i], 0)) - y;
      x.forEach((v, i) => (gradient[i] += error * v));
    }
    w.forEach((_, i) => (w[i] -= RATE * (gradient[i] / rows.length + (i > 0 ? L2 * w[i] : 0))));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

function main() {
  const cards = loadLabelled();
  const train = cards.filter((card) => !isHeldOut(card.prompt));
  const rows = train.map((card) => ({ x: cardFeatures(card), y: card.label === "acceptable" ? 1 : 0 }));
  const weights = fit(rows);
  const scored = rows
    .map((row) => ({ score: sigmoid(row.x.reduce((sum, v, i) => sum + v * weights[i], 0)), y: row.y }))
    .sort((a, b) => b.score - a.score);
  // The lowest threshold whose kept cards still reach the target precision.
  let threshold = 0.99;
  let good = 0;
  scored.forEach((row, i) => {
    good += row.y;
    if (good / (i + 1) >= TARGET_PRECISION) threshold = Math.min(threshold, row.score);
  });
  threshold = Math.round(threshold * 1000) / 1000;
  writeFileSync(OUT, `${JSON.stringify({ features: FEATURES, weights, threshold }, null, 2)}\n`);
  const kept = scored.filter((row) => row.score >= threshold);
  console.log(
    `fit on ${train.length} of ${cards.length} labelled cards; threshold ${threshold}; ` +
      `train precision ${(kept.reduce((s, r) => s + r.y, 0) / kept.length).toFixed(3)} keeping ${kept.length}`,
  );
}

main();
