/**
 * npm run deck:generate -- <file> [--json|--markdown|--candidates]
 *   summary (with coverage), the deck as JSON, every card as Markdown, or every statement with all its candidate cards
 * npm run deck:import -- <file>              generate and upsert into the database (a shared deck)
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { articleTextFromBytes, ArticleInputError } from "../lib/generator/input";
import { generateDeck } from "../lib/generator/generate";
import type { GeneratedDeck } from "../lib/generator/types";

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

async function readArticle(file: string | undefined): Promise<string> {
  if (!file) fail("name an article file: npm run deck:generate -- <file> [--json]");
  const info = await stat(file).catch(() => null);
  if (!info) fail(`${file} does not exist.`);
  if (!info.isFile()) fail(`${file} is not a file.`);
  try {
    return await articleTextFromBytes(new Uint8Array(await readFile(file)), file);
  } catch (error) {
    if (error instanceof ArticleInputError) fail(error.message);
    throw error;
  }
}

function asJson(deck: GeneratedDeck) {
  return {
    article: {
      title: deck.article.title,
      authors: deck.article.authors,
      references: deck.article.references.map(({ number, title, year, authors, journal }) => ({
        n: number,
        title,
        year,
        authors,
        journal,
      })),
    },
    topics: deck.topics,
    claims: deck.claims.map((claim) => ({
      ...claim,
      variants: claim.variants.map(({ section, sentence, start, end }) => ({ section, sentence, start, end })),
    })),
    cards: deck.cards.map(({ key, type, prompt, answer, options, claimId, topicId, source, refs, quality }) => ({
      key,
      type,
      prompt,
      answer,
      ...(options ? { options } : {}),
      claimId,
      topicId,
      source,
      refs,
      quality,
    })),
    warnings: deck.warnings,
    coverage: deck.coverage,
  };
}

const STATUS_REASONS: Record<string, string> = {
  evaluation: "evaluation only (says a thing matters, not what it does)",
  "no-shape": "no card shape fits (no term, number, list, cause or definition to ask for)",
  "low-score": "its cards scored below the ranker's threshold",
};

function coverageLines(deck: GeneratedDeck): string[] {
  const all = deck.coverage;
  const carded = all.filter((s) => s.status === "carded" || s.status === "restated");
  const important = all.filter((s) => s.important);
  const importantCarded = important.filter((s) => s.status === "carded" || s.status === "restated");
  const lines = [
    `Coverage: ${all.length} statements, ${carded.length} with cards (${all.filter((s) => s.status === "restated").length} through a restatement), ${all.length - carded.length} dropped`,
    `  important statements: ${important.length}, carded ${importantCarded.length}`,
  ];
  for (const status of Object.keys(STATUS_REASONS)) {
    const dropped = all.filter((s) => s.status === status);
    if (dropped.length === 0) continue;
    lines.push(`  dropped, ${STATUS_REASONS[status]}: ${dropped.length}`);
    for (const s of dropped) lines.push(`    ${s.important ? "! " : "- "}${s.sentence.slice(0, 110)}`);
  }
  return lines;
}

/** Every card as a numbered block, for reading and rating by hand. */
function asMarkdown(deck: GeneratedDeck, file: string): string {
  const topics = new Map(deck.topics.map((t) => [t.id, t.name]));
  const lines = [`# ${deck.article.title}`, "", `Source: ${path.basename(file)} — ${deck.cards.length} cards`, ""];
  deck.cards.forEach((card, i) => {
    lines.push(`## ${i + 1}. ${card.type} (topic: ${topics.get(card.topicId) ?? card.topicId})`, "");
    lines.push(`- Prompt: ${card.prompt}`, `- Answer: ${card.answer}`);
    if (card.options) lines.push(`- Options: ${card.options.join(" | ")}`);
    lines.push(`- Source sentence (${card.source.section}): ${card.source.sentence}`, "");
  });
  return lines.join("\n");
}

/** Each statement, its coverage, and every card a template made for it: kept (+), dropped (-) or rejected (x). */
function asCandidates(deck: GeneratedDeck): string {
  const kept = new Set(deck.cards.map((card) => card.key));
  const lines: string[] = [];
  for (const statement of deck.coverage) {
    lines.push(`${statement.important ? "!" : " "} [${statement.status}] ${statement.sentence}`);
    for (const card of deck.candidates ?? []) {
      if (card.source.start !== statement.start) continue;
      const mark = kept.has(card.key) ? "+" : card.rejected ? "x" : "-";
      const why = card.rejected ? `  (${card.rejected})` : "";
      const shape = "shape" in card ? `/${card.shape}` : "";
      lines.push(`    ${mark} ${card.quality.toFixed(2)} ${card.type}${shape}: ${card.prompt} → ${card.answer}${why}`);
    }
  }
  return lines.join("\n");
}

function summary(deck: GeneratedDeck, file: string, ms: number): string {
  const lines = [`${deck.article.title}`, `  from ${file} in ${ms.toFixed(0)} ms`];
  if (deck.article.authors.length) lines.push(`  authors: ${deck.article.authors.join(", ")}`);
  lines.push(
    `  ${deck.article.references.length} references, ${deck.claims.length} claims, ${deck.topics.length} topics, ${deck.cards.length} cards`,
  );
  const byType = new Map<string, number>();
  for (const card of deck.cards) byType.set(card.type, (byType.get(card.type) ?? 0) + 1);
  lines.push(`  cards by type: ${[...byType].map(([type, n]) => `${type.toLowerCase()} ${n}`).join(", ")}`);
  lines.push("", "Topics:");
  for (const topic of deck.topics) {
    const claims = deck.claims.filter((c) => c.topicId === topic.id).length;
    const cards = deck.cards.filter((c) => c.topicId === topic.id).length;
    lines.push(`  - ${topic.name}: ${claims} claims, ${cards} cards`);
  }
  lines.push("", ...coverageLines(deck));
  if (deck.warnings.length) {
    lines.push("", `Warnings (${deck.warnings.length}):`);
    for (const warning of deck.warnings) lines.push(`  ! ${warning}`);
  }
  return lines.join("\n");
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const file = rest.find((arg) => !arg.startsWith("--"));
  const raw = await readArticle(file);
  const started = performance.now();
  const deck = generateDeck(raw, { withCandidates: rest.includes("--candidates") });
  const elapsed = performance.now() - started;
  if (command === "generate") {
    const output = rest.includes("--json")
      ? JSON.stringify(asJson(deck), null, 2)
      : rest.includes("--markdown")
        ? asMarkdown(deck, file!)
        : rest.includes("--candidates")
          ? asCandidates(deck)
          : summary(deck, file!, elapsed);
    process.stdout.write(`${output}\n`);
    return;
  }
  if (command === "import") {
    const { closeDb, getDb } = await import("../lib/db/client");
    const { upsertGeneratedDeck } = await import("../lib/db/decks");
    const db = getDb();
    const result = await upsertGeneratedDeck(db, deck, { ownerId: null, sourceKey: `file:${path.basename(file!)}` });
    const { topics, claims, cards } = result.created;
    console.log(
      `${summary(deck, file!, elapsed)}\n\nImported: ${topics} new topics, ${claims} new claims, ${cards} new cards, ${result.retiredCards} cards retired.`,
    );
    await closeDb();
    return;
  }
  fail(`unknown command "${command}"; use generate or import.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
