/** Names the topic of each claim: from its reference, the section heading, or shared key phrases. */
import type { Reference } from "./structure";
import type { ClaimGroup } from "./claims";
import { isKnownWord, nounPhrases } from "./nlp";
import { stripCitations } from "./sentences";
import { centroid, contentWords, cosine, tfidfVectors } from "./similarity";
import { findTerm, lowerCaseExceptAcronyms, normaliseTerm } from "./text";

const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in into is its it of on or our the their this that these those to toward towards via with within without vs versus new current future recent role roles review overview impact focus approach approaches study studies analysis perspective perspectives trends update insights".split(
    " ",
  ),
);

/** Candidate noun phrases of a title: runs of words between stop words and punctuation. */
export function titleChunks(title: string): string[] {
  const chunks: string[] = [];
  for (const piece of title.split(/[:;,.?!()"“”]+/)) {
    let current: string[] = [];
    for (const word of piece.trim().split(/\s+/)) {
      if (!word || STOP_WORDS.has(word.toLowerCase())) {
        if (current.length) chunks.push(current.join(" "));
        current = [];
      } else {
        current.push(word);
      }
    }
    if (current.length) chunks.push(current.join(" "));
  }
  return chunks;
}

/**
 * The first title chunk that the claim's own sentences mention; chunks that
 * appear in most claims ("cancer metastasis") are too generic to name one.
 */
export function topicFromReferenceTitle(
  title: string,
  claimSentences: string[],
  isGeneric: (chunk: string) => boolean,
): string | null {
  const mentioned = (chunk: string) =>
    specificName(chunk) && !isGeneric(chunk) && claimSentences.some((sentence) => findTerm(sentence, chunk));
  const chunks = titleChunks(title);
  const whole = chunks.find(mentioned);
  if (whole) return whole;
  // "Neonicotinoid pesticide…" for a claim about "neonicotinoid insecticides": the longest part that the claim uses.
  const longest = Math.max(0, ...chunks.map((chunk) => chunk.split(/\s+/).length));
  for (let length = longest - 1; length >= 1; length--) {
    for (const chunk of chunks) {
      const words = chunk.split(/\s+/);
      for (let from = 0; from + length <= words.length; from++) {
        const part = words.slice(from, from + length).join(" ");
        if (part.length >= 5 && mentioned(part)) return part;
      }
    }
  }
  return null;
}

/**
 * A name a student can place: two words or more, or one uncommon word or acronym
 * ("exosomes", "EMT"); not a number, and not one everyday word ("capacity", "calendar").
 */
export function specificName(chunk: string): boolean {
  if (/^\d/.test(chunk) || /^(further|other|new|current|recent)\b/i.test(chunk)) return false;
  const words = chunk.split(/\s+/);
  if (words.length >= 2) return !/^(and|or|of|in)$/i.test(words[words.length - 1]);
  // Long words are technical terms even when the lexicon knows them ("immunotherapy").
  return /^[A-Z]{2,}/.test(chunk) || chunk.includes("-") || chunk.length >= 10 || !isKnownWord(chunk);
}

export function displayName(term: string): string {
  return lowerCaseExceptAcronyms(term, (word) => /^[A-Z0-9-]{2,}$/.test(word));
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// ---------- assigning topics to claims ----------

export interface Topic {
  id: string;
  name: string;
  /** The words that name the topic in claim text, when it has them (used for cloze gaps). */
  term: string | null;
}

const GENERIC_HEADINGS =
  /^(abstract|introduction|background|overview|summary|methods?|materials and methods|results?|discussion|conclusions?|description|main text|body|front matter|results and discussion|concluding remarks|future directions|limitations|outlook)$/i;
const GENERIC_PHRASES =
  /^(study|studies|role|roles|process|processes|approach|approaches|way|ways|result|results|paper|article|review|work|time|years?|number|use|example|case|cases|need|field|area|part)$/i;

function topicOf(name: string, term: string | null): Topic {
  const display = displayName(name);
  return { id: slugify(display), name: display, term };
}

/** Reference titles name cited claims: the first title chunk that the claim mentions. */
function topicsFromReferences(groups: ClaimGroup[], references: Map<number, Reference>): (Topic | null)[] {
  const chunkGroups = new Map<string, number>();
  groups.forEach((group) => {
    const title = references.get(group.refs[0])?.title ?? "";
    const words = new Set(
      title
        .split(/[^A-Za-z-]+/)
        .filter(Boolean)
        .map((word) => normaliseTerm(word)),
    );
    for (const word of words) {
      if (group.sentences.some((s) => findTerm(s.text, word))) chunkGroups.set(word, (chunkGroups.get(word) ?? 0) + 1);
    }
  });
  const isGeneric = (chunk: string) =>
    groups.length >= 4 &&
    normaliseTerm(chunk)
      .split(" ")
      .every((word) => (chunkGroups.get(word) ?? 0) > groups.length / 2);
  return groups.map((group) => {
    const reference = references.get(group.refs[0]);
    if (!reference) return null;
    const cited = group.sentences.filter((s) => s.citations.length > 0).map((s) => s.text);
    const term = topicFromReferenceTitle(reference.title, cited.length > 0 ? cited : [group.primary.text], isGeneric);
    return term ? topicOf(term, term) : null;
  });
}

function topicsFromHeadings(groups: ClaimGroup[]): (Topic | null)[] | null {
  const headings = groups.map((group) => group.primary.section);
  const specific = headings.filter((heading) => !GENERIC_HEADINGS.test(heading.trim()));
  if (new Set(specific).size < 2 || specific.length < groups.length * 0.6) return null;
  return headings.map((heading) => (GENERIC_HEADINGS.test(heading.trim()) ? null : topicOf(heading, null)));
}

/** Without references or telling headings: the noun phrases that several claims share. */
function topicsFromKeyphrases(groups: ClaimGroup[]): (Topic | null)[] {
  const phrasesPerGroup = groups.map((group) => {
    const found = new Map<string, string>();
    for (const sentence of group.sentences) {
      for (const phrase of nounPhrases(stripCitations(sentence.text))) {
        const key = normaliseTerm(phrase.text);
        if (phrase.text.length < 4 || GENERIC_PHRASES.test(key) || !specificName(phrase.text)) continue;
        if (!found.has(key)) found.set(key, phrase.text);
      }
    }
    return found;
  });
  const coverage = new Map<string, { groups: Set<number>; surface: string }>();
  phrasesPerGroup.forEach((phrases, index) => {
    for (const [key, surface] of phrases) {
      const entry = coverage.get(key) ?? { groups: new Set<number>(), surface };
      entry.groups.add(index);
      coverage.set(key, entry);
    }
  });
  const ranked = [...coverage.entries()]
    .filter(([, entry]) => entry.groups.size >= 2 && entry.groups.size <= Math.max(2, groups.length * 0.5))
    .sort(
      ([a, x], [b, y]) =>
        y.groups.size - x.groups.size || b.split(" ").length - a.split(" ").length || a.localeCompare(b),
    );
  const topics: (Topic | null)[] = groups.map(() => null);
  let made = 0;
  for (const [, entry] of ranked) {
    if (made >= 12) break;
    const uncovered = [...entry.groups].filter((index) => !topics[index]);
    if (uncovered.length < 2) continue;
    const topic = topicOf(entry.surface, entry.surface);
    for (const index of uncovered) topics[index] = topic;
    made++;
  }
  return topics;
}

export function assignTopics(groups: ClaimGroup[], references: Reference[]): Topic[] {
  const byNumber = new Map(references.map((ref) => [ref.number, ref]));
  let topics: (Topic | null)[] = groups.map(() => null);
  if (references.length > 0) topics = topicsFromReferences(groups, byNumber);
  if (topics.some((topic) => !topic)) {
    const fallback = topicsFromHeadings(groups) ?? topicsFromKeyphrases(groups);
    topics = topics.map((topic, index) => topic ?? fallback[index]);
  }
  // A claim left without a topic joins the topic whose claims it resembles most; failing that it
  // is named by its own subject ("transformer architecture"), while the deck has room for topics.
  const vectors = tfidfVectors(
    groups.map((group) => contentWords(group.sentences.map((s) => s.text).join(" "), new Map())),
  );
  const assigned = topics.map((topic) => topic);
  const topicIds = [...new Set(assigned.filter((topic): topic is Topic => !!topic).map((topic) => topic.id))];
  const centroids = new Map(
    topicIds.map((id) => [id, centroid(vectors.filter((_, index) => assigned[index]?.id === id))] as const),
  );
  const other = topicOf("other claims", null);
  return topics.map((topic, index) => {
    if (topic) return topic;
    let best: { id: string; score: number } | null = null;
    for (const [id, vector] of centroids) {
      const score = cosine(vectors[index], vector);
      if (score > ATTACH_TO_TOPIC && (!best || score > best.score)) best = { id, score };
    }
    if (best) return assigned.find((candidate) => candidate?.id === best.id)!;
    if (topicIds.length >= MAX_TOPICS) return other;
    const subject = subjectPhrase(stripCitations(groups[index].primary.text));
    if (!subject) return other;
    const own = topicOf(subject, subject);
    topicIds.push(own.id);
    return own;
  });
}

const ATTACH_TO_TOPIC = 0.12;
const MAX_TOPICS = 12;

/** The first noun phrase of two or more words, which is usually what the claim is about. */
function subjectPhrase(sentence: string): string | null {
  const phrase = nounPhrases(sentence).find(
    (p) => p.words >= 2 && !GENERIC_PHRASES.test(normaliseTerm(p.text)) && specificName(p.text),
  );
  return phrase ? phrase.text : null;
}
