/** Keeps a claim's good cards: above the ranker's threshold, one card per answer, a few per statement. */
import { answersStatement } from "../coverage";
import { FUNCTION_WORDS, normaliseTerm, normaliseText } from "../text";
import type { GeneratedCard } from "../types";
import { CARD_TYPES, type Candidate } from "./candidate";
import { KEEP_QUALITY } from "./ranker";

export const DEFAULT_CARDS_PER_CLAIM = { min: 0, max: 12 };
/** A statement's best card is kept down to this score, so important statements are not left out. */
export const COVERAGE_QUALITY = 0.6;
/** One card per statement: sibling cards of one sentence give each other's answers away. */
const MAX_PER_STATEMENT = 1;
/** Two statements this alike are wordings of one fact (introduction, body, conclusion): one card for both. */
const RESTATED_SENTENCE = 0.35;

function withoutExtras(card: Candidate): GeneratedCard {
  const copy = { ...card } as Candidate & { shape?: string };
  delete copy.rejected;
  delete copy.shape;
  return copy;
}

const STOP = FUNCTION_WORDS;
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => normaliseTerm(w)),
  );
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** Share of `part`'s words that `whole` holds. */
function heldIn(part: Set<string>, whole: Set<string>): number {
  let held = 0;
  for (const w of part) if (whole.has(w)) held++;
  return held / Math.max(1, part.size);
}

const DEFINITION_PROMPT = /^(?:What (?:is|are) |What happens in |Which term is defined as|What is it called when)/;

/**
 * Two cards that each show the other's answer ("…achieved through _____" → metabolic reprogramming,
 * "Metabolic reprogramming provides _____" → energy and building blocks) ask one fact twice. A
 * definition asked both ways is two directions on purpose.
 */
function asksEachOther(a: GeneratedCard, b: GeneratedCard): boolean {
  if (DEFINITION_PROMPT.test(a.prompt) && DEFINITION_PROMPT.test(b.prompt)) return false;
  return (
    heldIn(contentWords(a.answer), contentWords(b.prompt)) >= 0.6 &&
    heldIn(contentWords(b.answer), contentWords(a.prompt)) >= 0.6
  );
}

/** A restatement's card: same type, much the same answer, or much the same prompt with an overlapping answer. */
function restates(card: GeneratedCard, kept: GeneratedCard): boolean {
  if (asksEachOther(card, kept)) return true;
  if (card.type !== kept.type) return false;
  const answers = jaccard(contentWords(card.answer), contentWords(kept.answer));
  if (answers >= 0.5) return true;
  return answers >= 0.25 && jaccard(contentWords(card.prompt), contentWords(kept.prompt)) >= 0.5;
}

/** Restatements give the same answer again: one card per answer (list items in any order). */
export function answerKey(card: Pick<GeneratedCard, "type" | "answer">): string {
  const items = card.answer.split(/;\s*/).map(normaliseTerm).sort();
  return items.join("|");
}

/** The deck's cards that restate no better card of another claim, best first. */
export function withoutRestatements(cards: GeneratedCard[]): Set<GeneratedCard> {
  const kept: GeneratedCard[] = [];
  const byScore = [...cards].sort((a, b) => b.quality - a.quality || a.key.localeCompare(b.key));
  const sentenceOf = (card: GeneratedCard) => contentWords(card.source.sentence);
  for (const card of byScore) {
    if (kept.some((other) => restates(card, other))) continue;
    // A conclusion that says a body sentence again (another claim, another blank) asks the same fact,
    // as does a card whose answer another card's sentence states in other words.
    const sentence = sentenceOf(card);
    const bothWays = (other: GeneratedCard) =>
      DEFINITION_PROMPT.test(card.prompt) && DEFINITION_PROMPT.test(other.prompt);
    const again = (other: GeneratedCard) =>
      !bothWays(other) &&
      ((other.claimId !== card.claimId && jaccard(sentence, sentenceOf(other)) >= RESTATED_SENTENCE) ||
        answersStatement(card, other.source.sentence) ||
        answersStatement(other, card.source.sentence));
    if (kept.some(again)) continue;
    kept.push(card);
  }
  return new Set(kept);
}

export function selectCards(
  candidates: Candidate[],
  limits = DEFAULT_CARDS_PER_CLAIM,
): { kept: GeneratedCard[]; dropped: Candidate[] } {
  const usable = candidates.filter((card) => !card.rejected);
  const byScore = [...usable].sort((a, b) => b.quality - a.quality || a.key.localeCompare(b.key));
  const kept: Candidate[] = [];
  const answers = new Set<string>();
  const prompts = new Set<string>();
  const perStatement = new Map<number, number>();
  for (const card of byScore) {
    if (kept.length >= limits.max) break;
    const key = `${card.type === "MULTIPLE_CHOICE" ? "choice|" : ""}${answerKey(card)}`;
    const count = perStatement.get(card.source.start) ?? 0;
    const prompt = normaliseText(card.prompt);
    if (answers.has(key) || prompts.has(prompt) || count >= MAX_PER_STATEMENT) continue;
    if (kept.some((other) => restates(card, other))) continue;
    const sentence = contentWords(card.source.sentence);
    if (kept.some((other) => jaccard(sentence, contentWords(other.source.sentence)) >= RESTATED_SENTENCE)) continue;
    const firstOfStatement = count === 0 && card.quality >= COVERAGE_QUALITY;
    if (card.quality < KEEP_QUALITY && !firstOfStatement && kept.length >= limits.min) continue;
    kept.push(card);
    answers.add(key);
    prompts.add(prompt);
    perStatement.set(card.source.start, count + 1);
  }
  const keptKeys = new Set(kept.map((card) => card.key));
  const order = (card: GeneratedCard) => CARD_TYPES.indexOf(card.type);
  return {
    kept: kept
      .sort((a, b) => a.source.start - b.source.start || order(a) - order(b) || b.quality - a.quality)
      .map(withoutExtras),
    dropped: candidates.filter((card) => !keptKeys.has(card.key)),
  };
}
