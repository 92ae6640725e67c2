/**
 * From sentences to claims: keep statements, group every wording of the same
 * claim (introduction, body, conclusion) into one claim with variants.
 */
import { glossaryEntry } from "./glossary";
import { isStatement } from "./nlp";
import type { Sentence } from "./sentences";
import { centroid, contentWords, cosine, tfidfVectors, type Vector } from "./similarity";
import { findTerm, wordCount } from "./text";

export interface ClaimGroup {
  primary: Sentence;
  sentences: Sentence[];
  refs: number[];
}

/** An unmarked sentence joins a cited claim only when it is clearly closer to it than to any other. */
const ATTACH_MIN_SIMILARITY = 0.2;
const ATTACH_MARGIN = 0.06;
/** Without citations, two sentences are wordings of one claim above this similarity. */
const RESTATEMENT_SIMILARITY = 0.42;
const MAX_UNCITED_CLAIMS = 60;

const NOT_A_CLAIM = /(https?:\/\/|www\.|@\w+\.\w|\bdoi\b|\b(table|figure|fig\.)\s*\d|^\s*(none|n\/a)\.?$)/i;
/** Front matter that reads like a sentence: keywords, bylines, editor and reviewer credits, affiliations. */
const FRONT_MATTER =
  /^(?:key ?words?|note|by|edited by|reviewed by|editor|academic editor|received|accepted|published|correspondence|affiliations?|author contributions?|funding|citation|how to cite|department of|faculty of|school of|institute of)\b/i;
const CONTEXT_OPENERS = /^(this|these|that|those|they|it|its|such|here|there)\b/i;

export function isClaimCandidate(sentence: Sentence): boolean {
  const words = wordCount(sentence.text);
  if (words < 6 || words > 80) return false;
  if (NOT_A_CLAIM.test(sentence.text) || FRONT_MATTER.test(sentence.text) || !/^[A-Z0-9("'‘“]/.test(sentence.text))
    return false;
  // "The air source heat pump moves heat in four stages:": a lead-in whose list did not follow says nothing alone.
  if (sentence.text.trimEnd().endsWith(":")) return false;
  // "PM2.5: particles smaller than 2.5 micrometres in diameter.": a glossary line states without a verb.
  return isStatement(sentence.text) || !!glossaryEntry(sentence.text);
}

/** Sentences that lean on the one before ("These cells…") read badly alone. */
export function dependsOnContext(text: string): boolean {
  return CONTEXT_OPENERS.test(text.trim());
}

/** In place: copying the list on every append made grouping quadratic. */
function appendTo<K>(lists: Map<K, number[]>, key: K, value: number) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

const HEAVIEST_WORDS = 6;
const MAX_SENTENCES_PER_WORD = 200;

/** A sentence's most telling words: only groups or sentences that share one of them can be its closest. */
function heaviestWords(vector: Vector): string[] {
  return [...vector.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, HEAVIEST_WORDS)
    .map(([word]) => word);
}

function groupCited(candidates: Sentence[], vectors: Vector[]): ClaimGroup[] {
  const byRef = new Map<number, number[]>();
  candidates.forEach((sentence, index) => {
    const first = sentence.citations[0];
    if (first !== undefined) appendTo(byRef, first, index);
  });
  const keys = [...byRef.keys()].sort((a, b) => a - b);
  const members = keys.map((key) => byRef.get(key)!);
  const centroids = members.map((indices) => centroid(indices.map((i) => vectors[i])));
  // Only groups that share one of a sentence's weightiest words can be its closest: keeps this linear.
  const groupsByWord = new Map<string, number[]>();
  centroids.forEach((c, group) => {
    for (const word of c.keys()) appendTo(groupsByWord, word, group);
  });
  candidates.forEach((sentence, index) => {
    if (sentence.citations.length > 0 || dependsOnContext(sentence.text)) return;
    const reachable = new Set(
      heaviestWords(vectors[index]).flatMap((word) => (groupsByWord.get(word) ?? []).slice(0, 200)),
    );
    const ranked = [...reachable]
      .map((group) => ({ score: cosine(vectors[index], centroids[group]), group }))
      .sort((a, b) => b.score - a.score || a.group - b.group);
    const [best, second] = ranked;
    if (best && best.score >= ATTACH_MIN_SIMILARITY && best.score - (second?.score ?? 0) >= ATTACH_MARGIN) {
      members[best.group].push(index);
    }
  });
  return members.map((indices) => {
    const sentences = [...new Set(indices)].sort((a, b) => a - b).map((i) => candidates[i]);
    const refs = [...new Set(sentences.flatMap((s) => s.citations))];
    const primary = sentences.find((s) => s.citations.length > 0 && !dependsOnContext(s.text)) ?? sentences[0];
    return { primary, sentences, refs };
  });
}

function groupUncited(candidates: Sentence[], vectors: Vector[]): ClaimGroup[] {
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Only sentences that share one of a sentence's weightiest words are compared with it, and a
  // word seen in many sentences names only its first few: comparing every pair took 20 s on 20,000.
  const sentencesByWord = new Map<string, number[]>();
  vectors.forEach((vector, j) => {
    const partners = new Set(heaviestWords(vector).flatMap((word) => sentencesByWord.get(word) ?? []));
    // The groups are the connected components, whatever the order of comparisons.
    for (const i of partners) {
      // Already one group: comparing again would change nothing.
      if (find(i) !== find(j) && cosine(vectors[i], vector) >= RESTATEMENT_SIMILARITY) parent[find(j)] = find(i);
    }
    for (const word of vector.keys()) {
      const list = sentencesByWord.get(word) ?? [];
      if (list.length < MAX_SENTENCES_PER_WORD) list.push(j);
      sentencesByWord.set(word, list);
    }
  });
  const groups = new Map<number, number[]>();
  candidates.forEach((_, i) => appendTo(groups, find(i), i));
  // Restated claims matter most; then the claims with the most specific vocabulary.
  const salience = (indices: number[]) =>
    indices.length * 2 + Math.max(...indices.map((i) => [...vectors[i].values()].filter((w) => w > 0.25).length)) / 10;
  return [...groups.values()]
    .filter((indices) => indices.some((i) => !dependsOnContext(candidates[i].text)))
    .sort((a, b) => salience(b) - salience(a) || a[0] - b[0])
    .slice(0, MAX_UNCITED_CLAIMS)
    .sort((a, b) => a[0] - b[0])
    .map((indices) => {
      const sentences = indices.map((i) => candidates[i]);
      return { primary: sentences.find((s) => !dependsOnContext(s.text)) ?? sentences[0], sentences, refs: [] };
    });
}

/**
 * Every statement belongs to a claim: one that joined no group by citation or
 * similarity ("These cells…", "Current strategies involve…") continues the
 * claim of the statement before it in its section, or else the one after it.
 */
function attachRemaining(candidates: Sentence[], groups: ClaimGroup[]): ClaimGroup[] {
  const groupOf = new Map<Sentence, ClaimGroup>();
  for (const group of groups) for (const sentence of group.sentences) groupOf.set(sentence, group);
  const kept = new Set(groups);
  candidates.forEach((sentence, index) => {
    if (groupOf.has(sentence)) return;
    let target: ClaimGroup | undefined;
    for (let i = index - 1; i >= 0 && !target; i--) {
      if (candidates[i].section !== sentence.section) break;
      target = groupOf.get(candidates[i]);
    }
    for (let i = index + 1; i < candidates.length && !target; i++) {
      if (candidates[i].section !== sentence.section) break;
      target = groupOf.get(candidates[i]);
    }
    if (!target || !kept.has(target)) return;
    target.sentences.push(sentence);
    groupOf.set(sentence, target);
  });
  for (const group of groups) group.sentences.sort((a, b) => a.start - b.start);
  return groups;
}

export function extractClaims(sentences: Sentence[], acronyms: Map<string, string>): ClaimGroup[] {
  const candidates = sentences.filter(isClaimCandidate);
  if (candidates.length === 0) return [];
  const vectors = tfidfVectors(candidates.map((sentence) => contentWords(sentence.text, acronyms)));
  const cited = candidates.some((sentence) => sentence.citations.length > 0);
  const groups = attachRemaining(
    candidates,
    cited ? groupCited(candidates, vectors) : groupUncited(candidates, vectors),
  );
  // A section whose statements cite nothing the reference list holds still states facts: its statements
  // group among themselves, as an article without citations does.
  const grouped = new Set(groups.flatMap((group) => group.sentences));
  const orphans = candidates.flatMap((sentence, i) => (grouped.has(sentence) ? [] : [i]));
  if (orphans.length === 0) return groups;
  const own = attachRemaining(
    orphans.map((i) => candidates[i]),
    groupUncited(
      orphans.map((i) => candidates[i]),
      orphans.map((i) => vectors[i]),
    ),
  );
  return [...groups, ...own].sort((a, b) => a.sentences[0].start - b.sentences[0].start);
}

/**
 * An uncited statement that names another claim's topic term, and not its
 * own claim's, belongs to that claim ("Immunotherapy offers…" in a paragraph
 * about drug resistance). `terms[i]` is the topic term of `groups[i]`.
 */
export function regroupByTopic(groups: ClaimGroup[], terms: (string | null)[]): void {
  const mentions = (text: string, term: string | null) => !!term && !!findTerm(text, term);
  // Terms by their first word's stem, so a sentence is checked only against terms it could contain.
  const stem = (word: string) =>
    word
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 5);
  const byWord = new Map<string, number[]>();
  terms.forEach((term, i) => {
    if (!term) return;
    const key = stem(term.split(/[\s-]+/)[0]);
    const list = byWord.get(key) ?? [];
    if (list.length < 50) list.push(i);
    byWord.set(key, list);
  });
  const moved = new Set<number>();
  groups.forEach((group, index) => {
    group.sentences = group.sentences.filter((sentence) => {
      if (sentence === group.primary || sentence.citations.length > 0) return true;
      if (mentions(sentence.text, terms[index])) return true;
      const candidates = new Set(sentence.text.split(/[\s-]+/).flatMap((word) => byWord.get(stem(word)) ?? []));
      const named = [...candidates].filter((i) => i !== index && mentions(sentence.text, terms[i]));
      const targets = new Set(named.map((i) => terms[i]));
      if (targets.size !== 1) return true;
      groups[Math.min(...named)].sentences.push(sentence);
      moved.add(Math.min(...named));
      return false;
    });
  });
  for (const index of moved) groups[index].sentences.sort((a, b) => a.start - b.start);
}
