/** Gaps: the phrases of a sentence worth blanking, for cloze and multiple-choice cards. */
import { nounPhrases } from "../nlp";
import { findTerm, normaliseTerm } from "../text";
import type { CardContext } from "./candidate";

export interface Gap {
  index: number;
  surface: string;
  score: number;
}

const WEAK_GAPS = new RegExp(
  "^(role|roles|process|processes|cells?|way|ways|part|use|need|time|years?|approach|factor|factors|" +
    "challenge|target|targets|this|these|that|it|they)$",
  "i",
);

/** Sticky: tested at the phrase's end, rather than on a copy of the rest of the sentence. */
const CITATION_NEXT = /\s*(?:et al\b|\(\d{4}|(?:,\s*)?\d{4}\b)/y;

/** Candidate gaps of one sentence, best first, without overlaps; the topic term scores 1. */
export function gapsOf(text: string, context: Pick<CardContext, "topic" | "phraseClaimCount" | "claimCount">): Gap[] {
  const gaps: Gap[] = [];
  if (context.topic.term) {
    const found = findTerm(text, context.topic.term);
    if (found) gaps.push({ index: found.index, surface: found.surface, score: 1 });
  }
  for (const phrase of nounPhrases(text)) {
    if (phrase.text.length < 4 || WEAK_GAPS.test(phrase.text) || /^\d/.test(phrase.text)) continue;
    // Author names of a narrative citation ("Devlin et al. (2019) showed…") are not what the claim teaches.
    CITATION_NEXT.lastIndex = phrase.end;
    if (CITATION_NEXT.test(text) || /\bet al\b/.test(phrase.text)) continue;
    if (phrase.words === 1 && !/^[A-Z]{2,}/.test(phrase.text) && phrase.text.length < 7) continue;
    const spread = (context.phraseClaimCount.get(normaliseTerm(phrase.text)) ?? 1) / Math.max(1, context.claimCount);
    const score = 0.45 + Math.min(phrase.words, 3) * 0.1 - spread * 0.3;
    gaps.push({ index: phrase.start, surface: phrase.text, score });
  }
  gaps.sort((a, b) => b.score - a.score || a.index - b.index);
  const kept: Gap[] = [];
  for (const gap of gaps) {
    const overlaps = (k: Gap) => gap.index < k.index + k.surface.length && k.index < gap.index + gap.surface.length;
    if (!kept.some(overlaps)) kept.push(gap);
  }
  return kept;
}
