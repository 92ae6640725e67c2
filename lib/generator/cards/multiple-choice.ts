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

/** log10(1.03): options within 3% of each other ("37%" beside "37.8%") read as the same figure. */
const MIN_OPTION_GAP = Math.log10(1.03);

const isRange = (value: string) => /\d\s*(?:–|-|to)\s*\d/.test(value);

/** "1.5 °C" → 1.5, "12,000 deaths" → 12000; the first figure of a range; null without a positive figure. */
function magnitudeOf(value: string): number | null {
  const figure = Number(value.match(/\d[\d,]*(?:\.\d+)?/)?.[0].replace(/,/g, "") ?? NaN);
  return figure > 0 ? figure : null;
}

/** Null unless three other same-unit numbers exist; the cloze stays the better card otherwise. */
export function numericChoiceCard(context: CardContext, cloze: Candidate, pool: string[]): Candidate | null {
  const unit = unitOf(cloze.answer);
  if (!unit) return null;
  const answer = magnitudeOf(cloze.answer);
  if (answer === null) return null;
  // Plausible options: the same unit and shape (a range among ranges), the closest in size, none ten times off.
  const distractors = [...new Set(pool)]
    .filter(
      (value) =>
        unitOf(value) === unit &&
        isRange(value) === isRange(cloze.answer) &&
        // "97% in the treated group, against _____": an option the prompt states is no distractor.
        !cloze.prompt.includes(value) &&
        normaliseText(value) !== normaliseText(cloze.answer),
    )
    .map((value) => ({ value, distance: Math.abs(Math.log10((magnitudeOf(value) ?? 0) / answer)) }))
    .filter(({ distance }) => Number.isFinite(distance) && distance < 1)
    .sort((a, b) => a.distance - b.distance || a.value.localeCompare(b.value))
    // "37%" beside "37.8%" is two right answers: every option at least 3% apart from the others.
    .reduce<string[]>((chosen, { value }) => {
      const size = magnitudeOf(value) ?? 0;
      const apart = [cloze.answer, ...chosen].every(
        (other) => Math.abs(Math.log10(size / (magnitudeOf(other) ?? 1))) >= MIN_OPTION_GAP,
      );
      return apart && chosen.length < DISTRACTORS ? [...chosen, value] : chosen;
    }, []);
  if (distractors.length < DISTRACTORS) return null;
  const options = shuffled([cloze.answer, ...distractors], context.claimId);
  const content = { prompt: cloze.prompt, answer: cloze.answer, options, source: cloze.source };
  return candidate(context, "MULTIPLE_CHOICE", `number|${normaliseText(cloze.answer)}`, content, 0.5);
}
