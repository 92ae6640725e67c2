/** What every card template shares: the claim's context, a card's key and score, and the sentence it quotes. */
import { createHash } from "node:crypto";
import { dependsOnContext, type ClaimGroup } from "../claims";
import {
  leansOnPrevious,
  opensOnNounBefore,
  pointsBack,
  resolveInnerPointers,
  resolvePointer,
  withFullerSubject,
  withoutOpener,
} from "../discourse";
import { resolveDanglingPronoun } from "../pronouns";
import { sourceSpan, stripCitations, type Sentence } from "../sentences";
import type { Reference } from "../structure";
import { wordCount } from "../text";
import type { Topic } from "../topics";
import type { GeneratedCard, GeneratedCardType, SourceSpan } from "../types";

/** Each template's starting score; the key order is also the order of types in a claim's cards. */
export const TYPE_BASE_SCORE: Record<GeneratedCardType, number> = {
  CLOZE: 0.8,
  QUESTION: 0.78,
  MULTIPLE_CHOICE: 0.7,
  TOPIC: 0.6,
  REFERENCE: 0.5,
};
export const CARD_TYPES = Object.keys(TYPE_BASE_SCORE) as GeneratedCardType[];

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
  /** The sentence before this one in the article, to resolve "they" or "this process". */
  previousOf?: (sentence: Sentence) => Sentence | null;
  /** The sentences before this one in its section, nearest last, where a bare "the fan" was introduced. */
  earlierInSection?: (sentence: Sentence) => string;
  /** The article's title, where "this decline" may find its fuller name. */
  title?: string;
  /** What the article is about, as a heading for cards that name nothing of it (titleSubject). */
  subject?: string | null;
  /** Words every student of the article knows: the title's, and those in most claims. */
  commonWords?: Set<string>;
  /** Words the article writes only with a capital, mid-sentence too ("Raft", "Byzantine"): names. */
  names?: Set<string>;
}

/** A card before selection; `rejected` says why a template's output is unusable. */
export interface Candidate extends GeneratedCard {
  rejected?: string;
}

export type CardContent = Omit<GeneratedCard, "key" | "type" | "claimId" | "topicId" | "refs" | "quality">;

/** One wording of the claim as a card quotes it: no citation markers, its source, and how much it costs. */
export interface Wording {
  text: string;
  source: SourceSpan;
  penalty: number;
  /** The sentence still leans on the one before ("These cells…"): its cards need the topic as context. */
  unresolved?: boolean;
  /** A leading pointer was replaced by its antecedent. */
  resolvedPointer?: boolean;
}

export function stableKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/** Long sentences, later wordings and sentences that lean on the one before make worse cards. */
function sentencePenalty(sentence: Sentence, variantIndex: number): number {
  const words = wordCount(sentence.text);
  let penalty = variantIndex * 0.04;
  if (words > 35) penalty += 0.1;
  if (words > 50) penalty += 0.1;
  if (dependsOnContext(sentence.text)) penalty += 0.25;
  return penalty;
}

/**
 * The sentence as cards quote it: no citations, no discourse opener, and a
 * leading "they" or "this process", or a dangling "their" inside, replaced by its antecedent where it can be.
 */
export function wordingOf(
  sentence: Sentence,
  variantIndex: number,
  previous: Sentence | null = null,
  topicTerm: string | null = null,
  title = "",
  earlierInSection = previous?.text ?? "",
): Wording {
  const previousText = previous ? withoutOpener(stripCitations(previous.text)) : null;
  const sources = [...(previousText ? [previousText] : []), ...(title ? [title] : [])];
  const text = withFullerSubject(resolveInnerPointers(withoutOpener(stripCitations(sentence.text)), sources), sources);
  const resolved = pointsBack(text) ? resolvePointer(text, previousText, topicTerm) : text;
  const pronoun = resolveDanglingPronoun(resolved ?? text, previousText);
  return {
    text: pronoun.text,
    source: sourceSpan(sentence),
    penalty: sentencePenalty(sentence, variantIndex),
    unresolved:
      resolved === null ||
      pronoun.unresolved ||
      leansOnPrevious(stripCitations(sentence.text)) ||
      opensOnNounBefore(pronoun.text, earlierInSection),
    resolvedPointer: resolved !== null && resolved !== text,
  };
}

/** The card's key hashes its claim, type and `keyPart`, so a re-import finds the same card again. */
export function candidate(
  context: CardContext,
  type: GeneratedCardType,
  keyPart: string,
  content: CardContent,
  quality: number,
  rejected?: string,
): Candidate {
  const { claimId, group, topic } = context;
  return {
    claimId,
    topicId: topic.id,
    refs: group.refs,
    ...content,
    type,
    key: stableKey(claimId, type, keyPart),
    quality: Math.round(quality * 1000) / 1000,
    rejected,
  };
}
