/** Names a claim's topic from the title of the reference that supports it. */

const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in into is its it of on or our the their this that these those to toward towards via with within without vs versus new current future recent role roles review overview impact focus approach approaches study studies analysis perspective perspectives trends update insights".split(
    " ",
  ),
);

export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/\s+/)
    .map((word) => word.replace(/(?<=[a-z]{3})(ies)$/, "y").replace(/(?<=[a-z]{3}[^s])s$/, ""))
    .join(" ");
}

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

/** Finds `term` in `text` ignoring case and plural endings; returns the surface form. */
export function findTerm(text: string, term: string): { index: number; surface: string } | null {
  const words = term.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/(ies|y|s)$/i, ""));
  const pattern = new RegExp(`\\b${words.map((word) => `${word}(?:ies|y|es|s)?`).join("[\\s-]+")}\\b`, "i");
  const match = pattern.exec(text);
  return match ? { index: match.index, surface: match[0] } : null;
}

/**
 * The first title chunk that the claim's own sentences mention; chunks that
 * appear in most claims ("cancer metastasis") are too generic to name one.
 */
export function topicFromReferenceTitle(title: string, claimSentences: string[], isGeneric: (chunk: string) => boolean): string | null {
  for (const chunk of titleChunks(title)) {
    if (isGeneric(chunk)) continue;
    if (claimSentences.some((sentence) => findTerm(sentence, chunk))) return chunk;
  }
  return null;
}

export function displayName(term: string): string {
  const isAcronym = (word: string) => /^[A-Z0-9-]{2,}$/.test(word);
  return term
    .split(/\s+/)
    .map((word) => (isAcronym(word) ? word : word.toLowerCase()))
    .join(" ");
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
