/**
 * Multiple choice only where options of one kind exist: a number with its
 * unit, against at least three other numbers of the article in the same unit.
 */
import { normaliseText } from "../text";
import { candidate, type Candidate, type CardContext } from "./candidate";
import { shuffled } from "./options";

const DISTRACTORS = 3;

/** "40 months" → "months"; "2.1 °C" → "°c"; a bare number has no unit. */
export function unitOf(value: string): string {
  return normaliseText(value.replace(/^[\d.,\s–-]+(?:to\s+[\d.,]+\s*)?/, ""));
}

/** Null unless three other same-unit numbers exist; the cloze stays the better card otherwise. */
export function numericChoiceCard(context: CardContext, cloze: Candidate, pool: string[]): Candidate | null {
  const unit = unitOf(cloze.answer);
  if (!unit) return null;
  const distractors = [...new Set(pool)]
    .filter((value) => unitOf(value) === unit && normaliseText(value) !== normaliseText(cloze.answer))
    .sort()
    .slice(0, DISTRACTORS);
  if (distractors.length < DISTRACTORS) return null;
  const options = shuffled([cloze.answer, ...distractors], context.claimId);
  const content = { prompt: cloze.prompt, answer: cloze.answer, options, source: cloze.source };
  return candidate(context, "MULTIPLE_CHOICE", `number|${normaliseText(cloze.answer)}`, content, 0.5);
}
