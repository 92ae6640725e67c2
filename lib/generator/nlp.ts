/**
 * Part-of-speech tagging with wink-nlp, for noun phrases (cloze gaps,
 * answers, distractors) and for telling statements from fragments.
 */
import winkNLP, { type ItemCustomEntity, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Phrase {
  text: string;
  /** Offsets into the sentence passed in. */
  start: number;
  end: number;
  words: number;
}

let nlp: WinkMethods | null = null;

/**
 * Longer "words" are sequences, encodings or garbage, never English; the tagger's
 * own patterns take quadratic time on them (a 100 KB word took seconds).
 */
export const MAX_TAGGED_WORD_LENGTH = 64;
const OVERLONG_WORD = new RegExp(`(?<!\\S)\\S{${MAX_TAGGED_WORD_LENGTH + 1},}`, "g");

/** Lower case for the tagger, overlong words blanked with spaces so every offset stays the same. */
function forTagging(sentence: string): string {
  // Offsets into the tagged text must be offsets into the sentence: "İ" lower-cases to two characters.
  const lower = sentence.toLowerCase();
  const sameLength =
    lower.length === sentence.length
      ? lower
      : sentence.replace(/\p{Lu}/gu, (letter) =>
          letter.toLowerCase().length === letter.length ? letter.toLowerCase() : letter,
        );
  return sameLength.replace(OVERLONG_WORD, (word) => " ".repeat(word.length));
}

const QUANTIFIER = /^(many|several|various|numerous|multiple|different|most|some|few|certain|other)\s+/;
/** Sticky: tested at one offset, rather than on a copy of the rest of the sentence for every phrase. */
const DETERMINER_NEXT = /\s+(a|an|the|this|these|those|its|their|our)\b/iy;

function instance(): WinkMethods {
  if (!nlp) {
    nlp = winkNLP(model);
    // Adjective/noun runs ending in a noun; hyphenated compounds arrive as word, PUNCT, word.
    nlp.learnCustomEntities([
      {
        name: "phrase",
        patterns: [
          "[ADJ|NOUN|PROPN] [PUNCT] [ADJ|NOUN] [|NOUN|ADJ] [NOUN|PROPN]",
          "[|ADJ|NOUN|PROPN] [|ADJ|NOUN|PROPN] [ADJ|NOUN|PROPN] [NOUN|PROPN]",
          "[NOUN|PROPN]",
        ],
      },
    ]);
  }
  return nlp;
}

/**
 * Noun phrases of a sentence, longest match first, with offsets. The text is
 * tagged in lower case: the tagger mislabels title-case words.
 */
const phraseCache = new Map<string, Phrase[]>();
const tokenCache = new Map<string, Token[]>();
const PHRASE_CACHE_LIMIT = 20_000;

/** Called at the start of each generation, so a run never benefits from an earlier one. */
export function resetPhraseCache() {
  phraseCache.clear();
  tokenCache.clear();
}

/** Memoised: the generator asks for the same sentence's phrases several times. */
export function nounPhrases(sentence: string): Phrase[] {
  let phrases = phraseCache.get(sentence);
  if (!phrases) {
    if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
    phrases = tagNounPhrases(sentence);
    phraseCache.set(sentence, phrases);
  }
  return phrases;
}

function tagNounPhrases(sentence: string): Phrase[] {
  const engine = instance();
  const lower = forTagging(sentence);
  const doc = engine.readDoc(lower);
  const phrases: Phrase[] = [];
  let cursor = 0;
  doc.customEntities().each((entity: ItemCustomEntity) => {
    const found = entity.out() as string;
    const at = lower.indexOf(found, cursor);
    if (at < 0) return;
    cursor = at + found.length;
    // Quantifiers are not part of what a student should recall.
    const quantifier = found.match(QUANTIFIER)?.[0] ?? "";
    let text = found.slice(quantifier.length);
    // A noun phrase is not followed by a determiner; its last word was a verb the tagger missed
    // ("inflation expectations shape the prices").
    DETERMINER_NEXT.lastIndex = at + found.length;
    if (DETERMINER_NEXT.test(lower) && /\s/.test(text)) {
      text = text.replace(/(?<!\s)\s+\S+$/, "");
    }
    if (!text) return;
    const start = at + quantifier.length;
    const words = text.split(/[\s-]+/).filter(Boolean).length;
    phrases.push({ text: sentence.slice(start, start + text.length), start, end: start + text.length, words });
  });
  return phrases;
}

/** A statement has a finite verb (or auxiliary) and is not a question. */
export function isStatement(sentence: string): boolean {
  if (/\?\s*$/.test(sentence)) return false;
  const engine = instance();
  const tags = engine.readDoc(forTagging(sentence)).tokens().out(engine.its.pos) as string[];
  return tags.some((tag) => tag === "VERB" || tag === "AUX");
}

export interface SubjectSplit {
  /** The subject noun phrase, without a leading determiner. */
  subject: string;
  /** Its last noun, for "Which <noun> …?" questions. */
  head: string;
  /** From the main verb to the end, without final punctuation. */
  predicate: string;
  /** Whether the verb agrees with a plural subject ("play", "are"). */
  plural: boolean;
}

const SINGULAR_AUX = new Set(["is", "was", "has", "does"]);
const PLURAL_AUX = new Set(["are", "were", "have", "do"]);

/**
 * Splits "<noun phrase> <verb> …" sentences, the only shape turned into
 * questions: anything else would risk an ungrammatical template.
 */
export function splitSubject(sentence: string): SubjectSplit | null {
  const engine = instance();
  const its = engine.its;
  const lower = forTagging(sentence);
  const doc = engine.readDoc(lower);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const offsets: number[] = [];
  let cursor = 0;
  for (const word of words) {
    const at = lower.indexOf(word, cursor);
    offsets.push(at);
    cursor = at + word.length;
  }
  let i = 0;
  // "A key process…" is a generic subject; only definite or bare noun phrases make answers.
  if (tags[0] === "DET") {
    if (words[0] !== "the") return null;
    i = 1;
  }
  const subjectStart = offsets[i];
  let lastNoun = -1;
  while (i < words.length) {
    const tag = tags[i];
    if (tag === "NOUN" || tag === "PROPN") lastNoun = i;
    else if (tag === "ADJ" || tag === "NUM") {
      // part of the phrase
    } else if (words[i] === "-" && i > 0 && offsets[i] === offsets[i - 1] + words[i - 1].length) {
      // hyphenated compound
    } else if (words[i] === "(" && words[i + 2] === ")" && /^[a-z][a-z0-9-]*$/.test(words[i + 1])) {
      i += 2; // "(TME)" right after the noun phrase
    } else break;
    i++;
  }
  if (lastNoun < 0 || i >= words.length) return null;
  if (tags[i] !== "VERB" && tags[i] !== "AUX") return null;
  const verb = words[i];
  // "Cancer cells undergoing metastasis demand…": a participle opens a clause, not the predicate.
  if (/ing$/.test(verb)) return null;
  const subject = sentence.slice(subjectStart, offsets[i]).trim();
  const predicate = sentence
    .slice(offsets[i])
    .replace(/[.!]\s*$/, "")
    .trim();
  const head = words[lastNoun];
  // "Tudor commentators had denounced…": a verb that shows no number leaves it to the head noun.
  const numberless = /^(?:had|did|could|would|should|might|must|can|may|will|shall)$/.test(verb) || /ed$/.test(verb);
  const plural =
    PLURAL_AUX.has(verb) ||
    (tags[i] === "VERB" && !SINGULAR_AUX.has(verb) && !/[^s]s$/.test(verb) && !/ed$/.test(verb)) ||
    (numberless && /[^s]s$/.test(head) && head.length > 3);
  return {
    subject,
    head: sentence.slice(offsets[lastNoun], offsets[lastNoun] + head.length),
    predicate,
    plural,
  };
}

let lexiconSize = -1;

/** Whether the tagger's English lexicon knows the word (unknown words get ids past the lexicon). */
const knownWords = new Map<string, boolean>();

export function isKnownWord(word: string): boolean {
  if (word.length > MAX_TAGGED_WORD_LENGTH) return false;
  const lower = word.toLowerCase();
  const cached = knownWords.get(lower);
  if (cached !== undefined) return cached;
  const engine = instance();
  if (lexiconSize < 0) lexiconSize = (engine.readDoc("qzxjvkwq").tokens().out(engine.its.uniqueId) as number[])[0];
  const ids = engine.readDoc(lower).tokens().out(engine.its.uniqueId) as number[];
  const known = ids.length === 1 && ids[0] < lexiconSize;
  if (knownWords.size >= 50_000) knownWords.clear();
  knownWords.set(lower, known);
  return known;
}

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Words of a sentence in lower case with their part of speech and offsets, memoised. */
export function taggedTokens(sentence: string): Token[] {
  let tokens = tokenCache.get(sentence);
  if (tokens) return tokens;
  if (tokenCache.size >= PHRASE_CACHE_LIMIT) tokenCache.clear();
  const engine = instance();
  const lower = forTagging(sentence);
  const doc = engine.readDoc(lower);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(engine.its.pos) as string[];
  tokens = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const at = lower.indexOf(words[i], cursor);
    if (at < 0) continue;
    cursor = at + words[i].length;
    tokens.push({ word: words[i], tag: tags[i], start: at, end: cursor });
  }
  tokenCache.set(sentence, tokens);
  return tokens;
}
