/**
 * npm run bench:generate
 *
 * Time and peak memory of the deck generator: on the seed article (after the
 * modules and the language model are loaded), and on synthetic inputs of
 * 256 KB, 512 KB and 1 MB built from the seed article, to show how it scales.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateDeck } from "../lib/generator/generate";
import { nounPhrases } from "../lib/generator/nlp";

const seed = readFileSync(path.join(__dirname, "../prisma/seed-data/cancer-metastasis-review.txt"), "utf8");

/** The seed article's body repeated with renumbered citations, so every copy is new text to the generator. */
function syntheticArticle(bytes: number): string {
  const start = seed.indexOf("Introduction");
  const end = seed.indexOf("Acknowledgement");
  const body = seed.slice(start, end);
  const references = seed.slice(seed.indexOf("References"), seed.indexOf("How to cite"));
  const parts: string[] = [seed.slice(0, start)];
  let copy = 0;
  let size = 0;
  const referenceLines: string[] = [];
  while (size < bytes) {
    const offset = copy * 10;
    // Each copy studies another "cohort", so its claims are new sentences, not repeats.
    const cohort = `cohort ${copy + 1}`;
    parts.push(
      body
        .replace(/\[(\d+)\]/g, (_, n) => `[${Number(n) + offset}]`)
        .replace(/\b(Introduction|Description|Conclusion)\b/g, `$1 ${copy + 1}`)
        .replace(/\bcancer cells\b/g, `cancer cells of ${cohort}`)
        .replace(/\b(metastasis)\b/g, `$1 in ${cohort}`),
    );
    for (const line of references.split("\n").filter((l) => l.startsWith("- ")))
      referenceLines.push(line.replace(/"\s*$/, ` (part ${copy + 1})"`));
    size += body.length;
    copy++;
  }
  return `${parts.join("\n\n")}\n\nReferences\n\n${referenceLines.join("\n")}\n`;
}

function measure(label: string, text: string, runs: number) {
  const times: number[] = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  let summary = "";
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const deck = generateDeck(text);
    times.push(performance.now() - started);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    summary = `${deck.claims.length} claims, ${deck.topics.length} topics, ${deck.cards.length} cards`;
  }
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const kb = Buffer.byteLength(text) / 1024;
  console.log(
    `${label.padEnd(26)} ${kb.toFixed(0).padStart(5)} KB  median ${median.toFixed(0).padStart(6)} ms  (${(median / kb).toFixed(2)} ms/KB)  peak RSS ${(peakRss / 1048576).toFixed(0)} MB  ${summary}`,
  );
  return median;
}

const loadStarted = performance.now();
nounPhrases("The language model loads on first use.");
console.log(`module and language-model load: ${(performance.now() - loadStarted).toFixed(0)} ms`);
const seedMs = measure("seed article", seed, 7);
for (const size of [256, 512, 1024]) measure(`synthetic ${size} KB`, syntheticArticle(size * 1024), 1);
console.log(
  `targets: seed < 1000 ms after load (${seedMs < 1000 ? "met" : "missed"}); 1 MB < 10 s and < 500 MB, close to linear`,
);
