/** Text helpers shared by the generator's stages: escaping, normalising and finding terms. */

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lines that differ only in their numbers or spacing ("Page 3", "Page 4") get one key. */
export function normaliseDigits(value: string): string {
  return value.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/** Lower case, single spaces: for comparing wordings. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * The singular of a lower-case word ("studies" → "study", "cells" → "cell").
 * `dropEs` also strips "es" ("processes" → "process", "cytokines" → "cytokine"),
 * which suits word statistics but not the terms shown to a student.
 */
export function singular(word: string, { dropEs = false } = {}): string {
  let result = word.replace(/(?<=[a-z]{3})(ies)$/, "y");
  if (dropEs) {
    result = result.replace(/(?<=[a-z]{3})(es)$/, (_ending, _group, _offset, whole: string) =>
      /(ss|sh|ch|x|z)es$/.test(whole) ? "" : "e",
    );
  }
  return result.replace(/(?<=[a-z]{3}[^s])s$/, "");
}

/** A term's comparison key: lower case, no apostrophes, every word singular. */
export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/\s+/)
    .map((word) => singular(word))
    .join(" ");
}

/** Finds `term` in `text` ignoring case and plural endings; returns the surface form. */
export function findTerm(text: string, term: string): { index: number; surface: string } | null {
  const words = term.split(/\s+/).map((word) => escapeRegExp(word).replace(/(ies|y|s)$/i, ""));
  // Not inside a hyphenated word: "pre-metastatic niche" is not "metastatic niche".
  const body = words.map((word) => `${word}(?:ies|y|es|s)?`).join("[\\s-]+");
  const pattern = new RegExp(`(?<![\\w-])${body}(?![\\w-])`, "i");
  const match = pattern.exec(text);
  return match ? { index: match.index, surface: match[0] } : null;
}

/** Every word in lower case except those `isAcronym` keeps ("EMT", "CTCs"), so no casing stands out. */
export function lowerCaseExceptAcronyms(text: string, isAcronym: (word: string) => boolean): string {
  return text
    .split(/\s+/)
    .map((word) => (isAcronym(word) ? word : word.toLowerCase()))
    .join(" ");
}

/** Words that carry no content of their own. */
export const FUNCTION_WORDS = new Set(
  "a an the of in on for to and or with by as at from its their this these that".split(" "),
);

/** A crude stem, so "metastatic" meets "metastasis" and "evolutionary" meets "evolution". */
export function stemOf(word: string): string {
  return word.length > 7 ? word.slice(0, 6) : word;
}

/** A text's content words, in lower case, without a plural "s", crudely stemmed. */
export function contentStems(text: string): string[] {
  return normaliseText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !FUNCTION_WORDS.has(word))
    .map((word) => stemOf(word.replace(/s$/, "")));
}

/** The text with its first letter in capitals, as a prompt or answer opens. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
