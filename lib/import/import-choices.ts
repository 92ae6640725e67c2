import { AppError } from "../errors";
import type { GeneratedDeck } from "../generator/types";
import type { SaveImportInput } from "./import-request-schema";

/**
 * Checks what the student unticked and renamed against the deck generated
 * again on the server, since the client only chooses among its cards.
 * Returns how many cards are kept.
 */
export function checkImportChoices(deck: GeneratedDeck, choices: SaveImportInput): number {
  const keys = new Set(deck.cards.map((card) => card.key));
  if (choices.excludedCardKeys.some((key) => !keys.has(key))) {
    throw new AppError(400, "Some unticked cards are not part of this article.", "excludedCardKeys");
  }
  const excluded = new Set(choices.excludedCardKeys);
  const kept = deck.cards.filter((card) => !excluded.has(card.key)).length;
  if (kept === 0) throw new AppError(400, "Keep at least one card.", "excludedCardKeys");
  const unknownTopic = Object.keys(choices.topicNames).find((id) => !deck.topics.some((topic) => topic.id === id));
  if (unknownTopic !== undefined) {
    throw new AppError(400, `There is no topic "${unknownTopic}" in this article.`, `topicNames.${unknownTopic}`);
  }
  return kept;
}
