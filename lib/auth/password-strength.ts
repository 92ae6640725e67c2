import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's 0–4 scale; 3 means "safely unguessable" (about 10^10 guesses). */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries take tens of milliseconds to index.
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** What the account itself gives away: a password built from it is the first thing an attacker tries. */
function personalWords(person: { email?: string; name?: string | null }): string[] {
  const words = [person.email, person.email?.split("@")[0], person.name, ...(person.name?.split(/\s+/) ?? [])];
  return words.filter((word): word is string => Boolean(word && word.trim().length >= 3));
}

/**
 * Why `password` is too easy to guess, or null when it is strong enough. Length limits are
 * checked by the request schema; this is about guessability (common words, keyboard walks,
 * repeats, the user's own email or name).
 */
export function passwordWeakness(password: string, person: { email?: string; name?: string | null }): string | null {
  const result = strengthEstimator().check(password, personalWords(person));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).slice(0, 2);
  const advice = hints.length > 0 ? ` ${hints.join(" ")}` : "";
  return `That password is too easy to guess.${advice} A few unrelated words make a strong one.`;
}
