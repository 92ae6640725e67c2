/** Cloze cards: a sentence of the claim with its best phrases blanked, one card per gap. */
import { escapeRegExp, normaliseTerm, normaliseText } from "../text";
import { candidate, TYPE_BASE_SCORE, type Candidate, type CardContext, type Wording } from "./candidate";
import { gapsOf } from "./gaps";

export const BLANK = "_____";
const GAPS_PER_WORDING = 2;

/**
 * Blanks the gap, an acronym in parentheses right after it, and any other
 * mention of either, so the prompt never names its own answer.
 */
export function clozeAt(text: string, gap: { index: number; surface: string }, acronyms: Map<string, string>) {
  let after = text.slice(gap.index + gap.surface.length);
  const inline = after.match(/^\s*\(([A-Z][A-Za-z0-9-]{1,9})\)/);
  if (inline) after = after.slice(inline[0].length);
  const acronym =
    inline?.[1] ??
    [...acronyms.entries()].find(([, meaning]) => normaliseTerm(meaning) === normaliseTerm(gap.surface))?.[0];
  let prompt = `${text.slice(0, gap.index)}${BLANK}${after}`;
  const hide = [gap.surface, ...(acronym ? [acronym] : [])];
  for (const word of hide) {
    prompt = prompt.replace(new RegExp(`\\b${escapeRegExp(word).replace(/s$/, "")}s?\\b`, "gi"), BLANK);
  }
  prompt = prompt.replace(new RegExp(`${BLANK}(\\s*\\(${BLANK}\\))+`, "g"), BLANK);
  return { prompt, answer: inline ? `${gap.surface} (${inline[1]})` : gap.surface };
}

export function clozeCards(context: CardContext, wording: Wording): Candidate[] {
  const { text, source, penalty } = wording;
  return gapsOf(text, context)
    .slice(0, GAPS_PER_WORDING)
    .map((gap) => {
      const cloze = clozeAt(text, gap, context.acronyms);
      const quality = TYPE_BASE_SCORE.CLOZE + (gap.score - 0.8) * 0.3 - penalty;
      const keyPart = `${normaliseTerm(gap.surface)}|${normaliseText(text)}`;
      return candidate(context, "CLOZE", keyPart, { prompt: cloze.prompt, answer: cloze.answer, source }, quality);
    });
}
