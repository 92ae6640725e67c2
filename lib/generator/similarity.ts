/** TF-IDF cosine over content words, with acronyms expanded to what they stand for. */
import { singular } from "./text";

const STOP = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have how however in into is it its " +
    "may might more most much must not of on or our such than that the their them then there these they this those " +
    "through to under up upon was we were what when where which while who whom why will with within without would also " +
    "both each either further furthermore moreover thus therefore hence like only other over same so some very"
  ).split(" "),
);

/** An acronym in parentheses: "(TME)", "(CTCs)". Bounded, and anchored on "(", so it runs in linear time. */
const PARENTHESISED_ACRONYM = /\(([A-Z][A-Za-z]{0,10}[A-Z]s?)\)/g;
/** How far back the words an acronym stands for may start; five words fit easily. */
const ACRONYM_LOOKBACK_CHARS = 120;

const ACRONYM_WORD = /^[A-Za-z][\w-]*$/;

/** Up to five words that run up to `end`, separated by spaces only, as the acronym's candidates. */
function wordsBefore(text: string, end: number): string[] {
  const from = Math.max(0, end - ACRONYM_LOOKBACK_CHARS);
  const before = text.slice(from, end);
  if (!/\s$/.test(before)) return [];
  const tokens = before.split(/\s+/).filter(Boolean);
  // A word cut by the look-back window is not a word of its own.
  if (from > 0 && !/\s/.test(text[from - 1]) && !/^\s/.test(before)) tokens.shift();
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 5 && ACRONYM_WORD.test(tokens[i]); i--)
    words.unshift(tokens[i]);
  return words;
}

/** "Tumor microenvironment (TME)" teaches that TME means "tumor microenvironment". */
export function acronymsOf(text: string): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const match of text.matchAll(PARENTHESISED_ACRONYM)) {
    const acronym = match[1].replace(/s$/, "");
    const start = match.index ?? 0;
    const words = wordsBefore(text, start);
    const letters = acronym.toLowerCase();
    // Take as many trailing words as the acronym has letters, allowing hyphenated parts.
    const initials = (list: string[]) =>
      list
        .flatMap((word) => word.split("-"))
        .map((word) => word[0]?.toLowerCase())
        .join("");
    for (let take = 1; take <= words.length; take++) {
      const candidate = words.slice(-take);
      if (initials(candidate) === letters) {
        acronyms.set(acronym, candidate.join(" "));
        break;
      }
    }
  }
  return acronyms;
}

/** Replaces each acronym, or its plural, by what it stands for: one pass over the words, not one per acronym. */
function expandAcronyms(text: string, acronyms: Map<string, string>): string {
  if (acronyms.size === 0) return text;
  return text.replace(
    /\w+/g,
    (word) => acronyms.get(word) ?? (word.endsWith("s") ? acronyms.get(word.slice(0, -1)) : null) ?? word,
  );
}

export function contentWords(text: string, acronyms: Map<string, string>): string[] {
  return expandAcronyms(text.replace(/\[[\d,\s–-]+\]/g, " "), acronyms)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !STOP.has(word) && !/^\d+$/.test(word))
    .map((word) => singular(word, { dropEs: true }));
}

export type Vector = Map<string, number>;

export function tfidfVectors(documents: string[][]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const words of documents)
    for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const total = documents.length;
  return documents.map((words) => {
    const vector: Vector = new Map();
    for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, count] of vector) {
      vector.set(word, (1 + Math.log(count)) * Math.log(1 + total / (documentFrequency.get(word) ?? 1)));
    }
    return toUnitLength(vector);
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  return dot;
}

export function centroid(vectors: Vector[]): Vector {
  const sum: Vector = new Map();
  for (const vector of vectors) for (const [word, weight] of vector) sum.set(word, (sum.get(word) ?? 0) + weight);
  return toUnitLength(sum);
}

/** Scales the vector in place so that cosine is a plain dot product. */
function toUnitLength(vector: Vector): Vector {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  for (const [word, weight] of vector) vector.set(word, weight / norm);
  return vector;
}
