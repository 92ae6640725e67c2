/**
 * Card templates. Over-generate from every wording of a claim, score each
 * card, and keep the best few per claim with a mix of types.
 */
import { createHash } from "node:crypto";
import { dependsOnContext, type ClaimGroup } from "./claims";
import { nounPhrases, splitSubject } from "./nlp";
import type { Reference } from "./structure";
import { sourceSpan, stripCitations, type Sentence } from "./sentences";
import { escapeRegExp, findTerm, lowerCaseExceptAcronyms, normaliseTerm, normaliseText, wordCount } from "./text";
import type { Topic } from "./topics";
import type { GeneratedCard, GeneratedCardType } from "./types";

export const BLANK = "_____";
export const DEFAULT_CARDS_PER_CLAIM = { min: 3, max: 6 };

const TYPE_BASE_SCORE: Record<GeneratedCardType, number> = {
  CLOZE: 0.8,
  QUESTION: 0.78,
  MULTIPLE_CHOICE: 0.7,
  TOPIC: 0.6,
  REFERENCE: 0.5,
};
const WEAK_GAPS = /^(role|roles|process|processes|cells?|way|ways|part|use|need|time|years?|approach|factor|factors|challenge|target|targets|this|these|that|it|they)$/i;

export function stableKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/** A cheap, stable order for shuffling options (FNV-1a); keys that must not collide use stableKey. */
function orderKey(seed: string, value: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}\u0000${value}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function byOrderKey(seed: string) {
  return (a: string, b: string) => orderKey(seed, a) - orderKey(seed, b) || a.localeCompare(b);
}

export interface Gap {
  index: number;
  surface: string;
  score: number;
}

/**
 * Blanks the gap, an acronym in parentheses right after it, and any other
 * mention of either, so the prompt never names its own answer.
 */
export function clozeAt(text: string, gap: { index: number; surface: string }, acronyms: Map<string, string>) {
  let after = text.slice(gap.index + gap.surface.length);
  const inline = after.match(/^\s*\(([A-Z][A-Za-z0-9-]{1,9})\)/);
  if (inline) after = after.slice(inline[0].length);
  const acronym =
    inline?.[1] ?? [...acronyms.entries()].find(([, meaning]) => normaliseTerm(meaning) === normaliseTerm(gap.surface))?.[0];
  let prompt = `${text.slice(0, gap.index)}${BLANK}${after}`;
  const hide = [gap.surface, ...(acronym ? [acronym] : [])];
  for (const word of hide) {
    prompt = prompt.replace(new RegExp(`\\b${escapeRegExp(word).replace(/s$/, "")}s?\\b`, "gi"), BLANK);
  }
  prompt = prompt.replace(new RegExp(`${BLANK}(\\s*\\(${BLANK}\\))+`, "g"), BLANK);
  return { prompt, answer: inline ? `${gap.surface} (${inline[1]})` : gap.surface };
}

/** The gap answer as an option: lower case except acronyms, so no option stands out by its case. */
export function optionForm(answer: string): string {
  return lowerCaseExceptAcronyms(answer, (word) => /^[(]?[A-Z0-9-]{2,}[)]?s?$/.test(word));
}

export interface CardContext {
  claimId: string;
  group: ClaimGroup;
  topic: Topic;
  topics: Topic[];
  acronyms: Map<string, string>;
  references: Map<number, Reference>;
  /** How many claims mention each normalised phrase; rarer phrases make better gaps. */
  phraseClaimCount: Map<string, number>;
  claimCount: number;
}

/** Candidate gaps of one sentence, best first, without overlaps. */
export function gapsOf(text: string, context: Pick<CardContext, "topic" | "phraseClaimCount" | "claimCount">): Gap[] {
  const gaps: Gap[] = [];
  if (context.topic.term) {
    const found = findTerm(text, context.topic.term);
    if (found) gaps.push({ index: found.index, surface: found.surface, score: 1 });
  }
  for (const phrase of nounPhrases(text)) {
    if (phrase.text.length < 4 || WEAK_GAPS.test(phrase.text) || /^\d/.test(phrase.text)) continue;
    // Author names of a narrative citation ("Devlin et al. (2019) showed…") are not what the claim teaches.
    if (/^\s*(et al\b|\(\d{4}|,?\s*\d{4}\b)/.test(text.slice(phrase.end)) || /\bet al\b/.test(phrase.text)) continue;
    if (phrase.words === 1 && !/^[A-Z]{2,}/.test(phrase.text) && phrase.text.length < 7) continue;
    const spread = (context.phraseClaimCount.get(normaliseTerm(phrase.text)) ?? 1) / Math.max(1, context.claimCount);
    const score = 0.45 + Math.min(phrase.words, 3) * 0.1 - spread * 0.3;
    gaps.push({ index: phrase.start, surface: phrase.text, score });
  }
  gaps.sort((a, b) => b.score - a.score || a.index - b.index);
  const kept: Gap[] = [];
  for (const gap of gaps) {
    const overlaps = kept.some((k) => gap.index < k.index + k.surface.length && k.index < gap.index + gap.surface.length);
    if (!overlaps) kept.push(gap);
  }
  return kept;
}

function wellFormedQuestion(question: string, answer: string): boolean {
  if (!/^(What|Which) [^?]+\?$/.test(question)) return false;
  const words = wordCount(question);
  if (words < 5 || words > 40) return false;
  if ((question.match(/\(/g) ?? []).length !== (question.match(/\)/g) ?? []).length) return false;
  if ((question.match(/["“”]/g) ?? []).length % 2 !== 0) return false;
  if (/\b(What|Which)\b.*\b(What|Which)\b/.test(question.slice(1))) return false;
  return !normaliseText(question).includes(normaliseText(answer));
}

interface Candidate extends GeneratedCard {
  rejected?: string;
}

function sentencePenalty(sentence: Sentence, variantIndex: number): number {
  const words = wordCount(sentence.text);
  let penalty = variantIndex * 0.04;
  if (words > 35) penalty += 0.1;
  if (words > 50) penalty += 0.1;
  if (dependsOnContext(sentence.text)) penalty += 0.25;
  return penalty;
}

function distractorsFor(answer: string, pool: string[], seed: string, count: number): string[] {
  const target = optionForm(answer);
  const targetKey = normaliseTerm(target);
  const length = target.split(" ").length;
  const ranked: { option: string; distance: number; order: number }[] = [];
  for (const option of new Set(pool.map(optionForm))) {
    const key = normaliseTerm(option);
    if (key === targetKey || key.includes(targetKey) || targetKey.includes(key)) continue;
    ranked.push({ option, distance: Math.abs(option.split(" ").length - length), order: orderKey(seed, option) });
  }
  return ranked
    .sort((x, y) => x.distance - y.distance || x.order - y.order || x.option.localeCompare(y.option))
    .slice(0, count)
    .map((entry) => entry.option);
}

function shuffled(options: string[], seed: string): string[] {
  return [...options].sort(byOrderKey(seed));
}

export function referenceLabel(reference: Reference): string {
  return `${reference.title}${reference.year ? ` (${reference.year})` : ""}`;
}

/** Every card the templates can make for one claim, good and bad, with scores. */
export function candidateCards(context: CardContext, distractorPool: string[]): Candidate[] {
  const { claimId, group, topic } = context;
  const base = { claimId, topicId: topic.id, refs: group.refs };
  const cards: Candidate[] = [];
  const add = (type: GeneratedCardType, keyPart: string, card: Omit<GeneratedCard, "key" | "type" | "claimId" | "topicId" | "refs" | "quality">, quality: number, rejected?: string) => {
    cards.push({ ...base, ...card, type, key: stableKey(claimId, type, keyPart), quality: Math.round(quality * 1000) / 1000, rejected });
  };

  group.sentences.forEach((sentence, variantIndex) => {
    const text = stripCitations(sentence.text);
    const penalty = sentencePenalty(sentence, variantIndex);
    const source = sourceSpan(sentence);
    for (const gap of gapsOf(text, context).slice(0, 2)) {
      const cloze = clozeAt(text, gap, context.acronyms);
      add("CLOZE", `${normaliseTerm(gap.surface)}|${normaliseText(text)}`, { prompt: cloze.prompt, answer: cloze.answer, source }, TYPE_BASE_SCORE.CLOZE + (gap.score - 0.8) * 0.3 - penalty);
    }
    const split = splitSubject(text);
    if (split) {
      const predicate = split.predicate.split(/;|, (?:which|whereas|while)\b/)[0].trim();
      const question = split.plural ? `Which ${split.head.toLowerCase()} ${predicate}?` : `What ${predicate}?`;
      const answer = split.subject.charAt(0).toUpperCase() + split.subject.slice(1);
      const ok = wellFormedQuestion(question, split.subject) && !(split.plural && normaliseText(split.subject) === normaliseText(split.head));
      add("QUESTION", normaliseText(text), { prompt: question, answer, source }, TYPE_BASE_SCORE.QUESTION - penalty, ok ? undefined : `not a well-formed question: "${question}"`);
    }
  });

  const primary = group.primary;
  const primaryText = stripCitations(primary.text);
  const primarySource = sourceSpan(primary);
  const primaryPenalty = sentencePenalty(primary, 0);
  // The topic card already asks for the topic term; multiple choice asks for another element.
  const choiceGap = gapsOf(primaryText, context).find((gap) => gap.score < 1);
  if (choiceGap) {
    const cloze = clozeAt(primaryText, choiceGap, context.acronyms);
    const distractors = distractorsFor(choiceGap.surface, distractorPool, claimId, 3);
    if (distractors.length === 3) {
      const answer = optionForm(choiceGap.surface);
      add("MULTIPLE_CHOICE", normaliseTerm(choiceGap.surface), { prompt: cloze.prompt, answer, options: shuffled([answer, ...distractors], claimId), source: primarySource }, TYPE_BASE_SCORE.MULTIPLE_CHOICE - primaryPenalty);
    }
  }

  const otherTopics = context.topics.filter((t) => t.id !== topic.id);
  if (otherTopics.length >= 2) {
    const found = topic.term ? findTerm(primaryText, topic.term) : null;
    const shown = found ? clozeAt(primaryText, found, context.acronyms).prompt : primaryText;
    const options = shuffled([topic.name, ...distractorsFor(topic.name, otherTopics.map((t) => t.name), claimId, 3)], claimId);
    add("TOPIC", "topic", { prompt: `Which topic does this claim belong to? “${shown}”`, answer: topic.name, options, source: primarySource }, TYPE_BASE_SCORE.TOPIC - primaryPenalty);
  }

  const reference = context.references.get(group.refs[0]);
  if (reference && context.references.size >= 4) {
    const label = referenceLabel(reference);
    const all = [...context.references.values()];
    // Three other references, picked by a stable hash rather than by sorting the whole list.
    const others: string[] = [];
    for (let step = 0; others.length < 3 && step < all.length; step++) {
      const candidate = all[(orderKey(claimId, "reference") + step * 7919) % all.length];
      const text = referenceLabel(candidate);
      if (candidate.number !== reference.number && text !== label && !others.includes(text)) others.push(text);
    }
    const options = shuffled([label, ...others], claimId);
    add("REFERENCE", "reference", { prompt: `Which reference supports this claim? “${primaryText}”`, answer: label, options, source: primarySource }, TYPE_BASE_SCORE.REFERENCE - primaryPenalty);
  }
  return cards;
}

function withoutRejection(card: Candidate): GeneratedCard {
  const copy = { ...card };
  delete copy.rejected;
  return copy;
}

/** The best cards of one claim: the best of each type first, for variety, then by score. */
export function selectCards(candidates: Candidate[], limits = DEFAULT_CARDS_PER_CLAIM): { kept: GeneratedCard[]; dropped: Candidate[] } {
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
  for (const type of Object.keys(TYPE_BASE_SCORE) as GeneratedCardType[]) {
    const best = byScore.find((card) => card.type === type && card.quality >= 0.4);
    if (best) take(best);
  }
  for (const card of byScore) if (card.quality >= 0.45 || kept.length < limits.min) take(card);
  const keptKeys = new Set(kept.map((card) => card.key));
  const order = (card: GeneratedCard) => Object.keys(TYPE_BASE_SCORE).indexOf(card.type);
  return {
    kept: kept.sort((a, b) => order(a) - order(b) || b.quality - a.quality).map(withoutRejection),
    dropped: candidates.filter((card) => !keptKeys.has(card.key)),
  };
}
