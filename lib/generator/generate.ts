/**
 * The deck generator: article text in, claims, topics and ranked cards out.
 * Same input, same output, byte for byte.
 */
import { candidateCards, DEFAULT_CARDS_PER_CLAIM, selectCards, stableKey } from "./cards";
import { namesOf, titleSubject } from "./cards/article-context";
import { findDefinition } from "./cards/definition";
import { answerKey, withoutRestatements } from "./cards/select";
import { findList, findNumbers } from "./cards/spans";
import { tableCards, tableSubject } from "./cards/table";
import { extractClaims, regroupByTopic, type ClaimGroup } from "./claims";
import { cleanArticleText } from "./clean";
import { isPureEvaluation, withoutOpener } from "./discourse";
import { answersStatement, restatedBy } from "./coverage";
import { nounPhrases, resetPhraseCache } from "./nlp";
import { sourceSpan, splitSentences, stripCitations, type Sentence } from "./sentences";
import { acronymsOf } from "./similarity";
import { parseStructure } from "./structure";
import { normaliseTerm, normaliseText, stemOf } from "./text";
import type { ArticleTable } from "./tables";
import { assignTopics, type Topic } from "./topics";
import type { GeneratedCard, GeneratedClaim, GeneratedDeck, GeneratedTopic, StatementCoverage } from "./types";

/** How far back a bare "the fan" may have been introduced. */
const EARLIER_SENTENCES = 6;

export interface GenerateOptions {
  cardsPerClaim?: { min: number; max: number };
  /** Also return every candidate card, kept or not (for labelling and fitting the ranker). */
  withCandidates?: boolean;
}

function isImportant(sentence: Sentence, primary: boolean): boolean {
  const text = stripCitations(sentence.text);
  // Emphasis alone ("CTCs play a crucial role in metastasis [3]") has nothing to learn, cited or not.
  if (isPureEvaluation(withoutOpener(text))) return false;
  if (primary || sentence.citations.length > 0) return true;
  return !!findDefinition(text) || findNumbers(text).length > 0 || !!findList(text);
}

/** A table's cards, under the topic of the claim just before it: the paragraph that introduces it. */
function cardsOfTable(
  table: ArticleTable,
  cleanText: string,
  groups: ClaimGroup[],
  topics: Topic[],
  articleSubject: string | null,
): { claim: GeneratedClaim; cards: GeneratedCard[]; coverage: StatementCoverage[] } | null {
  let nearest = -1;
  groups.forEach((group, index) => {
    if (group.primary.start < table.start && (nearest < 0 || group.primary.start > groups[nearest].primary.start))
      nearest = index;
  });
  const topic = topics[Math.max(0, nearest)];
  if (!topic) return null;
  const source = {
    section: table.section,
    sentence: cleanText.slice(table.start, table.end),
    start: table.start,
    end: table.end,
  };
  const claim: GeneratedClaim = {
    id: stableKey("table", normaliseText(source.sentence)),
    topicId: topic.id,
    text: tableSubject(table, articleSubject),
    variants: [source],
    refs: [],
  };
  const cards = tableCards(table, source, claim.id, topic.id, articleSubject);
  if (cards.length === 0) return null;
  const coverage = table.rows.map((row) => ({
    sentence: `${row[0]}: ${table.headers
      .slice(1)
      .map((header, i) => `${header} ${row[i + 1]}`)
      .join(", ")}`,
    section: table.section,
    start: table.start,
    important: true,
    status: (cards.some(
      (card) =>
        card.answer.startsWith(row[0]) || card.prompt.includes(row[0].toLowerCase()) || card.prompt.includes(row[0]),
    )
      ? "carded"
      : "no-shape") as StatementCoverage["status"],
  }));
  return { claim, cards, coverage };
}

export function generateDeck(raw: string, options: GenerateOptions = {}): GeneratedDeck {
  const limits = options.cardsPerClaim ?? DEFAULT_CARDS_PER_CLAIM;
  resetPhraseCache();
  const warnings: string[] = [];
  const cleanText = cleanArticleText(raw);
  const structure = parseStructure(cleanText);
  const numbered = structure.references.length > 0 && structure.references.every((ref, i) => ref.number === i + 1);
  const sentences = splitSentences(structure.paragraphs, { references: structure.references, superscripts: numbered });
  const previous = new Map<Sentence, Sentence | null>(sentences.map((s, i) => [s, i > 0 ? sentences[i - 1] : null]));
  const indexOf = new Map(sentences.map((s, i) => [s, i]));
  const earlierInSection = (sentence: Sentence) => {
    const at = indexOf.get(sentence) ?? 0;
    const before = sentences.slice(Math.max(0, at - EARLIER_SENTENCES), Math.max(0, at));
    return before
      .filter((other) => other.section === sentence.section)
      .map((other) => other.text)
      .join(" ");
  };
  const acronyms = acronymsOf(cleanText);
  const groups = extractClaims(sentences, acronyms);
  if (groups.length === 0) warnings.push("No statements were found that could become claims.");
  const topics = assignTopics(groups, structure.references);
  regroupByTopic(
    groups,
    topics.map((topic) => topic.term),
  );

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
  // Words of the title and words most claims use: a blank made only of these is guessed, not learned.
  const commonWords = new Set(
    structure.title
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => w.length > 2)
      .flatMap((w) => [w.replace(/s$/, ""), stemOf(w)]),
  );
  const wordClaims = new Map<string, number>();
  for (const group of claimGroups) {
    const words = new Set(
      group.sentences.flatMap((s) =>
        s.text
          .toLowerCase()
          .split(/[^a-z0-9-]+/)
          .map((w) => w.replace(/s$/, "")),
      ),
    );
    for (const word of words) wordClaims.set(word, (wordClaims.get(word) ?? 0) + 1);
  }
  if (claimGroups.length >= 5)
    for (const [word, count] of wordClaims) if (count / claimGroups.length >= 0.4) commonWords.add(word);
  // Options for numeric multiple choice: every number of the article with its unit.
  const numberPool = claimGroups.flatMap((group) =>
    group.sentences.flatMap((s) => findNumbers(stripCitations(s.text)).map((n) => n.text)),
  );

  const subject = titleSubject(structure.title, cleanText);
  const names = namesOf(structure.paragraphs.map((paragraph) => paragraph.text).join("\n"));
  const allCandidates: (GeneratedCard & { rejected?: string })[] = [];
  const perClaim = claimGroups.map((group, index) => {
    const topic = claimTopics[index];
    const { cards: candidates, outcomes } = candidateCards(
      {
        claimId: claims[index].id,
        group,
        topic,
        topics: [...new Map(claimTopics.map((t) => [t.id, t])).values()],
        acronyms,
        references,
        phraseClaimCount,
        claimCount: claimGroups.length,
        previousOf: (sentence) => previous.get(sentence) ?? null,
        earlierInSection,
        title: structure.title,
        subject,
        commonWords,
        names,
      },
      numberPool,
    );
    if (options.withCandidates) allCandidates.push(...candidates);
    return { group, candidates, outcomes, kept: selectCards(candidates, limits).kept };
  });
  // A fact the article states in two paragraphs can land in two claims: the better card stays.
  const deckKept = withoutRestatements(perClaim.flatMap(({ kept }) => kept));
  const deckCards = [...deckKept];

  const cards: GeneratedCard[] = [];
  const coverage: StatementCoverage[] = [];
  const seenKeys = new Set<string>();
  perClaim.forEach(({ group, candidates, outcomes, kept: claimKept }, index) => {
    const kept = claimKept.filter((card) => deckKept.has(card));
    const keptAnswers = new Set(claimKept.map(answerKey));
    // By sentence, once: a claim can hold thousands of identical sentences.
    const keptStarts = new Set(kept.map((card) => card.source.start));
    // A statement whose own card the deck dropped as a restatement of a kept card is taught by that card.
    const restatedStarts = new Set(
      candidates
        .filter(
          (card) =>
            !card.rejected &&
            (keptAnswers.has(answerKey(card)) ||
              deckCards.some((other) => answersStatement(card, other.source.sentence))),
        )
        .map((card) => card.source.start),
    );
    for (const sentence of group.sentences) {
      const outcome = outcomes.get(sentence);
      const status = keptStarts.has(sentence.start)
        ? "carded"
        : restatedStarts.has(sentence.start) || restatedBy(stripCitations(sentence.text), deckCards)
          ? "restated"
          : outcome === "evaluation" || outcome === "no-shape"
            ? outcome
            : "low-score";
      coverage.push({
        sentence: sentence.text,
        section: sentence.section,
        start: sentence.start,
        important: isImportant(sentence, sentence === group.primary),
        status,
      });
    }
    if (kept.length === 0) warnings.push(`no card for claim: "${claims[index].text.slice(0, 80)}"`);
    for (const card of kept) {
      if (seenKeys.has(card.key)) continue;
      seenKeys.add(card.key);
      cards.push(card);
    }
  });
  for (const table of structure.tables) {
    const read = cardsOfTable(table, cleanText, claimGroups, claimTopics, subject);
    if (!read) continue;
    claims.push(read.claim);
    cards.push(...read.cards);
    coverage.push(...read.coverage);
  }
  coverage.sort((a, b) => a.start - b.start);

  return {
    article: { title: structure.title, authors: structure.authors, references: structure.references },
    cleanText,
    topics: deckTopics.filter((m) => claims.some((c) => c.topicId === m.id)),
    claims,
    cards,
    warnings,
    coverage,
    ...(options.withCandidates ? { candidates: allCandidates } : {}),
  };
}
