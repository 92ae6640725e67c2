/**
 * Tolerant matching of a typed answer: case, punctuation, accents, a leading article, plural forms
 * and small typos are forgiven; numbers never are ("factor 2" is not "factor 3"). The result says
 * how the answer matched, so the student sees what was accepted.
 */

export type MatchKind = "exact" | "case-and-punctuation" | "plural" | "typo" | "none";

export interface AnswerMatch {
  correct: boolean;
  kind: MatchKind;
  /** Edits forgiven as typos (0 unless kind is "typo"). */
  edits: number;
}

const ARTICLES = new Set(["a", "an", "the"]);

/** Lower case, accents and punctuation gone, words separated by one space, no leading article. */
export function normaliseAnswer(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  if (words.length > 1 && ARTICLES.has(words[0])) words.shift();
  return words.join(" ");
}

/** An English word's singular by the regular rules; short words and "-ss"/"-us"/"-is" endings are kept. */
export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const singularPhrase = (normalised: string) => normalised.split(" ").map(singular).join(" ");

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Typos forgiven for an answer of this many letters: none up to 4, one up to 8, then one per 6 letters, 3 at most. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return Math.min(3, Math.floor(length / 6));
}

const numbersOf = (text: string) => text.match(/\d+/g)?.join(" ") ?? "";

export function matchAnswer(given: string, expected: string): AnswerMatch {
  if (given.trim() === expected.trim() && given.trim() !== "") return { correct: true, kind: "exact", edits: 0 };
  const a = normaliseAnswer(given);
  const b = normaliseAnswer(expected);
  const none: AnswerMatch = { correct: false, kind: "none", edits: 0 };
  if (!a || !b) return none;
  if (a === b) return { correct: true, kind: "case-and-punctuation", edits: 0 };
  if (numbersOf(a) !== numbersOf(b)) return none;
  const singularA = singularPhrase(a);
  const singularB = singularPhrase(b);
  if (singularA === singularB) return { correct: true, kind: "plural", edits: 0 };
  const allowance = typoAllowance(b.replace(/ /g, "").length);
  const edits = Math.min(editDistance(a, b, allowance), editDistance(singularA, singularB, allowance));
  return edits <= allowance ? { correct: true, kind: "typo", edits } : none;
}

/** How a match reads on the results page. */
export function describeMatch(match: AnswerMatch): string {
  switch (match.kind) {
    case "exact":
      return "exact match";
    case "case-and-punctuation":
      return "matched ignoring case, accents and punctuation";
    case "plural":
      return "matched ignoring singular and plural";
    case "typo":
      return `matched with ${match.edits === 1 ? "1 typo" : `${match.edits} typos`} forgiven`;
    case "none":
      return "no match";
  }
}

/** The forms a typed answer may take: "Circulating Tumor Cells (CTCs)" also accepts either part alone. */
export function acceptedForms(answer: string): string[] {
  const text = answer.trim();
  const open = text.lastIndexOf("(");
  if (open <= 0 || !text.endsWith(")")) return [answer];
  const term = text.slice(0, open).trim();
  const short = text.slice(open + 1, -1).trim();
  return term && short && !short.includes("(") ? [answer, term, short] : [answer];
}

const RANK: Record<MatchKind, number> = { exact: 0, "case-and-punctuation": 1, plural: 2, typo: 3, none: 4 };

/** The best match of `given` against any accepted form of `answer`. */
export function matchTypedAnswer(given: string, answer: string): AnswerMatch {
  return acceptedForms(answer)
    .map((form) => matchAnswer(given, form))
    .reduce((best, match) =>
      RANK[match.kind] < RANK[best.kind] || (match.kind === best.kind && match.edits < best.edits) ? match : best,
    );
}
