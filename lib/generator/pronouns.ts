/**
 * "their", "them" and "they" inside a sentence whose own words name no plural thing: once the card
 * quotes the sentence alone ("EMT enhances their migratory capabilities"), nothing says whose.
 * They get the plural noun phrase they stand for, from the sentence before.
 */
import { isKnownWord, nounPhrases, taggedTokens, type Token } from "./nlp";

const PLURAL_PRONOUN = /^(?:their|them|they)$/;

const IRREGULAR_PLURALS = new Set(
  "people children men women mice feet teeth geese data media criteria phenomena bacteria fungi nuclei staff police cattle".split(
    " ",
  ),
);

/** "cells", "ships", "people"; not "metastasis", "virus", "class" or "physics". */
export const looksPlural = (word: string) =>
  IRREGULAR_PLURALS.has(word.toLowerCase()) ||
  (/s$/i.test(word) && !/(?:ss|is|us|ics)$/i.test(word) && word.length > 3);

const isPluralNoun = (token: Token) => (token.tag === "NOUN" || token.tag === "PROPN") && looksPlural(token.word);

/** The first plural noun phrase of the sentence before, without a leading determiner. */
function pluralAntecedent(previous: string): string | null {
  for (const phrase of nounPhrases(previous)) {
    // The tagger may join an apposition's parts ("EMT, cancer cells"): the last part is the phrase.
    const words = phrase.text.split(",").pop()!.trim().split(/\s+/);
    if (!looksPlural(words[words.length - 1])) continue;
    if (/^(?:this|these|those|such|their|its)$/i.test(words[0])) continue;
    const named = words.filter((word, i) => i > 0 || !/^(?:the|a|an)$/i.test(word)).join(" ");
    // A sentence's capital is not the phrase's ("Merchants of…"); an acronym's is.
    return /^[A-Z][a-z]/.test(named) && phrase.start === 0 ? named[0].toLowerCase() + named.slice(1) : named;
  }
  return null;
}

export interface PronounResolution {
  text: string;
  /** A pronoun stands for nothing the sentence or the one before names. */
  unresolved: boolean;
}

/**
 * Replaces the first dangling plural pronoun by its antecedent ("their" by "cancer cells'"); the
 * ones after it then read naturally. A sentence-initial pointer is resolvePointer's business.
 */
export function resolveDanglingPronoun(text: string, previous: string | null): PronounResolution {
  const tokens = taggedTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    if (isPluralNoun(tokens[i])) return { text, unresolved: false };
    if (i === 0 || !PLURAL_PRONOUN.test(tokens[i].word)) continue;
    // "Chadwick wrote to Ventris, and their collaboration…": two names before it are what it stands for.
    const names = tokens
      .slice(0, i)
      .filter((t) => /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end)) && (t.start > 0 || !isKnownWord(t.word)));
    if (names.length >= 2) return { text, unresolved: false };
    // "they'll be prescribed…": a contraction would read "symptoms'll".
    if (/^['’]/.test(text.slice(tokens[i].end))) return { text, unresolved: true };
    // "Any resident or business can ask … outside their property": a singular "they" for someone the sentence names.
    if (
      tokens
        .slice(0, i)
        .some((t) => /^(?:any|each|every|anyone|someone|everyone|everybody|nobody|whoever)$/.test(t.word))
    )
      return { text, unresolved: false };
    const antecedent = previous ? pluralAntecedent(previous) : null;
    if (!antecedent) return { text, unresolved: true };
    const replacement = tokens[i].word === "their" ? `${antecedent}'` : antecedent;
    return { text: text.slice(0, tokens[i].start) + replacement + text.slice(tokens[i].end), unresolved: false };
  }
  return { text, unresolved: false };
}

/**
 * "it", "its", "they", "them", "he", "his" with nothing before them in the prompt to stand for (a
 * blank counts: it is the answer). "He" needs a name before it.
 */
export function hasDanglingPronoun(prompt: string): boolean {
  for (const match of prompt.matchAll(/\b(it|its|they|them|he|him|his|she|her)\b/gi)) {
    const before = prompt.slice(0, match.index);
    if (before.includes("_____")) continue;
    const plural = /^(?:they|them)$/i.test(match[1]);
    const personal = /^(?:he|him|his|she|her)$/i.test(match[1]);
    // "In the clinical laboratory it is expressed…": a subject pronoun before any verb stands for
    // nothing in the phrase that opens the sentence.
    const subject = /^(?:it|they|he|she)$/i.test(match[1]);
    // "Comparing enclosed and open villages, he found…": a participle is no finite verb either.
    const finite = (t: Token) => t.tag === "AUX" || (t.tag === "VERB" && !/(?:ing|ed)$/.test(t.word));
    if (subject && !taggedTokens(before).some(finite)) return true;
    const anchored = taggedTokens(before).some((t, i) =>
      personal
        ? t.tag === "PROPN" || (i > 0 && /^[A-Z][a-z]/.test(before.slice(t.start, t.end)))
        : // "two basic ways to find it": "it" needs a thing, not a plural.
          (t.tag === "NOUN" || t.tag === "PROPN") && (plural ? looksPlural(t.word) : !looksPlural(t.word)),
    );
    if (!anchored) return true;
  }
  return false;
}

/** "exosomes", "checkpoint inhibitors" are plural; "metastasis", "analysis", "virus" are not. */
export function isPlural(term: string): boolean {
  const last =
    term
      .replace(/(?<!\s)\s*\([^()]*\)$/, "")
      .split(/\s+/)
      .pop() ?? "";
  return looksPlural(last);
}
