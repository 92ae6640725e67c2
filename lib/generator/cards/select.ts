/** Keeps the best few of a claim's candidate cards, with a mix of types. */
import { normaliseText } from "../text";
import type { GeneratedCard } from "../types";
import { CARD_TYPES, type Candidate } from "./candidate";

export const DEFAULT_CARDS_PER_CLAIM = { min: 3, max: 6 };
/** The best card of a type is kept for variety down to this score; other cards need KEEP_SCORE. */
const VARIETY_SCORE = 0.4;
const KEEP_SCORE = 0.45;

function withoutRejection(card: Candidate): GeneratedCard {
  const copy = { ...card };
  delete copy.rejected;
  return copy;
}

/** The best cards of one claim: the best of each type first, for variety, then by score. */
export function selectCards(
  candidates: Candidate[],
  limits = DEFAULT_CARDS_PER_CLAIM,
): { kept: GeneratedCard[]; dropped: Candidate[] } {
  const usable = candidates.filter((card) => !card.rejected);
  const byScore = [...usable].sort((a, b) => b.quality - a.quality || a.key.localeCompare(b.key));
  const kept: Candidate[] = [];
  const seenPrompts = new Set<string>();
  const take = (card: Candidate) => {
    const prompt = normaliseText(card.prompt);
    if (kept.includes(card) || seenPrompts.has(prompt) || kept.length >= limits.max) return;
    kept.push(card);
    seenPrompts.add(prompt);
  };
  for (const type of CARD_TYPES) {
    const best = byScore.find((card) => card.type === type && card.quality >= VARIETY_SCORE);
    if (best) take(best);
  }
  for (const card of byScore) if (card.quality >= KEEP_SCORE || kept.length < limits.min) take(card);
  const keptKeys = new Set(kept.map((card) => card.key));
  const order = (card: GeneratedCard) => CARD_TYPES.indexOf(card.type);
  return {
    kept: kept.sort((a, b) => order(a) - order(b) || b.quality - a.quality).map(withoutRejection),
    dropped: candidates.filter((card) => !keptKeys.has(card.key)),
  };
}
