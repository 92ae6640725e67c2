/**
 * The deck generator: article text in, claims, topics and ranked cards out.
 * Same input, same output, byte for byte.
 */
import { candidateCards, DEFAULT_CARDS_PER_CLAIM, gapsOf, selectCards, stableKey } from "./cards";
import { extractClaims } from "./claims";
import { cleanArticleText } from "./clean";
import { nounPhrases, resetPhraseCache } from "./nlp";
import { sourceSpan, splitSentences, stripCitations } from "./sentences";
import { acronymsOf } from "./similarity";
import { parseStructure } from "./structure";
import { normaliseTerm, normaliseText } from "./text";
import { assignTopics } from "./topics";
import type { GeneratedCard, GeneratedClaim, GeneratedDeck, GeneratedTopic } from "./types";

export interface GenerateOptions {
  cardsPerClaim?: { min: number; max: number };
}

export function generateDeck(raw: string, options: GenerateOptions = {}): GeneratedDeck {
  const limits = options.cardsPerClaim ?? DEFAULT_CARDS_PER_CLAIM;
  resetPhraseCache();
  const warnings: string[] = [];
  const cleanText = cleanArticleText(raw);
  const structure = parseStructure(cleanText);
  const numbered = structure.references.length > 0 && structure.references.every((ref, i) => ref.number === i + 1);
  const sentences = splitSentences(structure.paragraphs, { references: structure.references, superscripts: numbered });
  const acronyms = acronymsOf(cleanText);
  const groups = extractClaims(sentences, acronyms);
  if (groups.length === 0) warnings.push("No statements were found that could become claims.");
  const topics = assignTopics(groups, structure.references);

  const deckTopics: GeneratedTopic[] = [];
  for (const topic of topics)
    if (!deckTopics.some((m) => m.id === topic.id)) deckTopics.push({ id: topic.id, name: topic.name });

  const claims: GeneratedClaim[] = [];
  const seenClaims = new Set<string>();
  const claimGroups = groups.filter((group, index) => {
    const id = stableKey("claim", normaliseText(stripCitations(group.primary.text)));
    if (seenClaims.has(id)) return false;
    seenClaims.add(id);
    claims.push({
      id,
      topicId: topics[index].id,
      text: stripCitations(group.primary.text),
      variants: group.sentences.map(sourceSpan),
      refs: [...group.refs].sort((a, b) => a - b),
    });
    return true;
  });
  const claimTopics = claimGroups.map((group) => topics[groups.indexOf(group)]);

  const phraseClaimCount = new Map<string, number>();
  for (const group of claimGroups) {
    const phrases = new Set(
      group.sentences.flatMap((s) => nounPhrases(stripCitations(s.text)).map((p) => normaliseTerm(p.text))),
    );
    for (const phrase of phrases) phraseClaimCount.set(phrase, (phraseClaimCount.get(phrase) ?? 0) + 1);
  }
  const references = new Map(structure.references.map((ref) => [ref.number, ref]));
  // Distractors for multiple choice: the phrases other claims would be asked about.
  const keyTerms = claimGroups.map((group, index) => {
    const gaps = gapsOf(stripCitations(group.primary.text), {
      topic: claimTopics[index],
      phraseClaimCount,
      claimCount: claimGroups.length,
    });
    return gaps.find((gap) => gap.score < 1)?.surface ?? null;
  });

  const cards: GeneratedCard[] = [];
  const seenKeys = new Set<string>();
  claimGroups.forEach((group, index) => {
    const topic = claimTopics[index];
    const otherTopicTerms = keyTerms.filter((term, i): term is string => !!term && claimTopics[i].id !== topic.id);
    const sameTopicTerms = keyTerms.filter(
      (term, i): term is string => !!term && i !== index && claimTopics[i].id === topic.id,
    );
    const candidates = candidateCards(
      {
        claimId: claims[index].id,
        group,
        topic,
        topics: [...new Map(claimTopics.map((t) => [t.id, t])).values()],
        acronyms,
        references,
        phraseClaimCount,
        claimCount: claimGroups.length,
      },
      [...otherTopicTerms, ...sameTopicTerms],
    );
    const { kept, dropped } = selectCards(candidates, limits);
    for (const card of dropped) {
      if (card.rejected) warnings.push(`dropped ${card.type.toLowerCase()} card: ${card.rejected}`);
    }
    if (kept.length < limits.min)
      warnings.push(`suspect claim (only ${kept.length} cards): "${claims[index].text.slice(0, 80)}"`);
    for (const card of kept) {
      if (seenKeys.has(card.key)) continue;
      seenKeys.add(card.key);
      cards.push(card);
    }
  });

  return {
    article: { title: structure.title, authors: structure.authors, references: structure.references },
    cleanText,
    topics: deckTopics.filter((m) => claims.some((c) => c.topicId === m.id)),
    claims,
    cards,
    warnings,
  };
}
