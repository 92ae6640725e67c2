/**
 * Cause and effect asked the way a tutor asks them: the effect is shown and the cause recalled,
 * whichever order the sentence put them in. Pure text in, prompt and answer out.
 */
import { isKnownWord } from "../nlp";
import { capitalised } from "../text";
import type { GeneratedCardType } from "../types";
import { findConsequence } from "./clauses";
import { isPlural } from "../pronouns";

export interface CauseQuestion {
  type: GeneratedCardType;
  prompt: string;
  answer: string;
  /** The sentence opened with its cause: nothing else of it is worth a blank. */
  causeFirst?: boolean;
}

const CAUSE_FIRST = /^(?:Because|Since) ([^,;]{10,160}), ([a-z][^;]{10,200}?)\.?$/i;
const CONSEQUENCE = /^([A-Z][^;]{10,200}?), so (?:that )?([a-z][^;]{10,200}?)\.?$/;

/** "A credible central bank…" mid-sentence reads "a credible central bank…"; "SEI growth…" stays. */
function midSentence(text: string): string {
  const first = text.split(" ")[0];
  // "Roman", "Dutch", "Chinese" keep their capital: a people's or a place's adjective.
  const proper = /^[A-Z][a-z]+(?:an|ese|ish|ch|ic|i)$/.test(first);
  return isKnownWord(first.toLowerCase()) && !/^[A-Z]{2}/.test(first) && !proper
    ? first.toLowerCase() + text.slice(first.length)
    : text;
}

/**
 * - "Because self-attention has no notion of order, transformers add positional encodings…" →
 *   "Transformers add positional encodings… because _____."
 * - "Higher rates make borrowing more expensive, so spending falls" → "Spending falls because _____."
 * - "RNNs process one token at a time, which makes them slow to train" → "Why are RNNs slow to train?"
 */
export function causeQuestions(text: string): CauseQuestion[] {
  const questions: CauseQuestion[] = [];
  // "Since 1 October 2021, food…": "since" with a date says when, not why.
  const temporal =
    /^since\s+(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|then|the\s+(?:\d|\w+\s+(?:century|decade|years?|war|era)))\b)/i.test(
      text,
    );
  // "Because Linear B was a syllabary, in which each sign…, a change…": a relative clause goes on with the cause.
  const match = temporal ? null : text.match(CAUSE_FIRST);
  const causeFirst = match && /^(?:in which|which|who|whose|where|whereby|that)\b/i.test(match[2]) ? null : match;
  if (causeFirst) {
    const effect = causeFirst[2].replace(/[.!]$/, "");
    questions.push({
      type: "CLOZE",
      prompt: `${capitalised(effect)} because _____.`,
      answer: causeFirst[1],
      causeFirst: true,
    });
  }
  const consequence = text.match(CONSEQUENCE);
  // "…so that every token attends to every other token": an effect about "every token" says not of what.
  // "…so the false-positive probability p is approximately" (a formula followed): an effect cut short.
  if (
    consequence &&
    !/^(?:every|each|all|any|some|no|it|they|this|these|those)\b/i.test(consequence[2]) &&
    !/\b(?:approximately|about|roughly|around|nearly|is|are|was|were|of|to|by|as|equals?)$/i.test(consequence[2])
  )
    questions.push({
      type: "CLOZE",
      prompt: `${capitalised(consequence[2])} because _____.`,
      answer: midSentence(consequence[1]),
    });
  const property = findConsequence(text);
  if (property) {
    const plural = isPlural(property.subject);
    questions.push({
      type: "QUESTION",
      prompt: `Why ${plural ? "are" : "is"} ${midSentence(property.subject)} ${property.property}?`,
      answer: `${plural ? "they" : "it"} ${property.action}`,
    });
  }
  return questions;
}
