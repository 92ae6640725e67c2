/** TF-IDF cosine over content words, with acronyms expanded to what they stand for. */
import { singular } from "./text";

const STOP = new Set(
  ("a an and are as at be been being but by can could did do does for from had has have how however in into is it its " +
    "may might more most much must not of on or our such than that the their them then there these they this those " +
    "through to under up upon was we were what when where which while who whom why will with within without would also " +
    "both each either further furthermore moreover thus therefore hence like only other over same so some very").split(" "),
);

/** "Tumor microenvironment (TME)" teaches that TME means "tumor microenvironment". */
export function acronymsOf(text: string): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const match of text.matchAll(/((?:[A-Za-z][\w-]*\s+){1,5})\(([A-Z][A-Za-z]*[A-Z]s?)\)/g)) {
    const acronym = match[2].replace(/s$/, "");
    const words = match[1].trim().split(/\s+/);
    const letters = acronym.toLowerCase();
    // Take as many trailing words as the acronym has letters, allowing hyphenated parts.
    const initials = (list: string[]) => list.flatMap((word) => word.split("-")).map((word) => word[0]?.toLowerCase()).join("");
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

export function contentWords(text: string, acronyms: Map<string, string>): string[] {
  let expanded = text.replace(/\[[\d,\s–-]+\]/g, " ");
  for (const [acronym, meaning] of acronyms) expanded = expanded.replace(new RegExp(`\\b${acronym}s?\\b`, "g"), meaning);
  return expanded
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .flatMap((word) => word.split("-"))
    .filter((word) => word.length > 2 && !STOP.has(word) && !/^\d+$/.test(word))
    .map((word) => singular(word, { dropEs: true }));
}

export type Vector = Map<string, number>;

export function tfidfVectors(documents: string[][]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
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
