/**
 * Which statements the deck's cards teach. A statement is carded when a card quotes it, and
 * restated when a card on another wording asks what it says: most of the card's answer words are
 * the statement's own and the rest of the two wordings is much the same ("influencing cancer cell
 * escape, survival…" is asked by the card whose answer is "cancer cell escape; survival; colonization").
 */
import { contentStems } from "./text";

/** Content stems, a hyphenated compound as one word: "self-attention" is not "attention". */
const stems = (text: string) => contentStems(text.replace(/(?<=[A-Za-z])-(?=[A-Za-z])/g, ""));
import type { GeneratedCard } from "./types";

/** Share of the answer's words a statement must hold to be taught by that answer. */
const ANSWER_SHARE = 0.6;

/** How much of the two wordings, other than the answer, is the same. */
const CONTEXT_SHARE = 0.2;

/** The figures of a text: "29 per cent" → ["29"]. */
const figures = (text: string) => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

export function answersStatement(card: Pick<GeneratedCard, "answer" | "source">, statement: string): boolean {
  const answer = new Set(stems(card.answer));
  if (answer.size === 0) return false;
  // "29 per cent" is not taught by "about 20 per cent": a figure's statement holds that figure.
  const stated = new Set(figures(statement));
  if (!figures(card.answer).every((figure) => stated.has(figure))) return false;
  const said = new Set(stems(statement));
  const held = [...answer].filter((word) => said.has(word)).length;
  // A one-word answer ("metastasis") is in too many sentences to say which fact they share.
  if (answer.size < 2 || held / answer.size < ANSWER_SHARE) return false;
  // A list of four or more words, nearly all said again, is the same fact in other words.
  if (answer.size >= 4 && held / answer.size >= 0.8) return true;
  const context = (words: Set<string>) => new Set([...words].filter((word) => !answer.has(word)));
  const a = context(said);
  const b = context(new Set(stems(card.source.sentence)));
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / Math.max(1, a.size + b.size - shared) >= CONTEXT_SHARE;
}

/** The cards whose answers a statement holds, for its coverage line. */
export function restatedBy(statement: string, cards: readonly GeneratedCard[]): GeneratedCard | null {
  return cards.find((card) => answersStatement(card, statement)) ?? null;
}
