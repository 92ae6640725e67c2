/** Loads the shared seed deck. Safe to run again: nothing is duplicated. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "../lib/db/client";
import { upsertGeneratedDeck } from "../lib/db/decks";
import { generateDeck } from "../lib/generator/generate";
import { SEED_ARTICLE } from "./seed-data/attribution";

async function main() {
  const db = getDb();
  const raw = readFileSync(path.join(__dirname, "seed-data", SEED_ARTICLE.file), "utf8");
  const deck = generateDeck(raw);
  const result = await upsertGeneratedDeck(db, deck, {
    ownerId: null,
    sourceKey: SEED_ARTICLE.sourceKey,
    topicLabel: SEED_ARTICLE.topicLabel,
    license: SEED_ARTICLE.license,
    attribution: SEED_ARTICLE.attribution,
  });
  const { topics, claims, cards } = result.created;
  console.log(
    `[seed] ${deck.article.title}: ${deck.topics.length} topics, ${deck.claims.length} claims, ${deck.cards.length} cards ` +
      `(new: ${topics} topics, ${claims} claims, ${cards} cards; retired: ${result.retiredCards})`,
  );
  await closeDb();
}

main().catch((error) => {
  console.error("[seed] failed:", error);
  process.exit(1);
});
