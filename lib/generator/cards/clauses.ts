/**
 * What a plain statement says beyond its subject: the object of its main verb ("A central bank
 * raises its policy interest rate …") and its purpose ("… to slow inflation"). These carry the
 * knowledge of sentences with no list, number, definition or cause to ask for.
 */
import { isFiller } from "../discourse";
import { taggedTokens, type Token } from "../nlp";
import type { Span } from "./spans";

const COPULA =
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|may|might|will|would|shall|should|must|remains?|seems?|appears?|becomes?)$/i;
const OBJECT_END =
  /[,;:.!?()]|\s(?:which|while|whereas|but|although|because|since|so|when|if|thereby|and (?=[a-z]+s\b))\b/;
const MAX_OBJECT_WORDS = 9;
const OBJECT_OPENING = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const POSSESSIVE = /^(?:its|their|his|her|our)$/;

const SUBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"]);

/** The main verb: the first finite verb after a subject of nouns and their modifiers. */
function mainVerb(tokens: Token[]): number {
  let nouns = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tag === "NOUN" || t.tag === "PROPN") nouns++;
    if (t.tag === "VERB" && nouns > 0 && !/ing$/.test(t.word)) return i;
    if (t.tag === "PRON" && i === 0) return -1;
    if (!SUBJECT_TAGS.has(t.tag) && !(t.tag === "ADP" && t.word === "of") && t.word !== "-") return -1;
  }
  return -1;
}

/** The noun phrase after the main verb, up to the clause's end or a purpose ("to slow…"). */
export function findObject(sentence: string): Span | null {
  const all = taggedTokens(sentence);
  const verb = mainVerb(all);
  if (verb < 0 || COPULA.test(all[verb].word) || /^(?:this|these|that|those|such)$/.test(all[0].word)) return null;
  const start = all[verb].end + 1;
  const rest = sentence.slice(start);
  let end = start + (rest.match(OBJECT_END)?.index ?? rest.length);
  const tokens = all.filter((t) => t.start >= start && t.end <= end);
  // A purpose ("… to slow inflation") is its own card.
  const purpose = tokens.findIndex((t, i) => t.word === "to" && tokens[i + 1]?.tag === "VERB");
  if (purpose > 0) end = tokens[purpose].start;
  // "attract foreign capital and make the currency stronger": a second verb starts a second clause.
  const second = tokens.findIndex((t, i) => t.tag === "CCONJ" && tokens[i + 1]?.tag === "VERB");
  if (second > 0) end = Math.min(end, tokens[second].start);
  const object = tokens.filter((t) => t.end <= end);
  const opening = object[0];
  if (!opening || !(OBJECT_OPENING.has(opening.tag) || POSSESSIVE.test(opening.word))) return null;
  if (!object.some((t) => t.tag === "NOUN" || t.tag === "PROPN")) return null;
  // A verb inside the object ("the expectation come true") makes it a clause, unless a relative clause holds it.
  const relative = object.findIndex((t) => /^(?:that|which|who)$/.test(t.word));
  const head = relative > 0 ? object.slice(0, relative) : object;
  if (head.some((t, i) => i > 0 && t.tag === "VERB" && !/(?:ed|ing)$/.test(t.word))) return null;
  // "makes imported goods cheaper": the object and its complement are one fact, not a phrase to recall.
  if (head[head.length - 1].tag === "ADJ") return null;
  return span(sentence, start, end);
}

/** The words from `start` to `end` as an answer: a few words that point nowhere ("this 'fertile soil'"). */
function span(sentence: string, start: number, end: number): Span | null {
  const text = sentence.slice(start, end).trim();
  const words = text.split(/\s+/).length;
  if (words < 2 || words > MAX_OBJECT_WORDS || isFiller(text) || /\b(?:this|these|those|such)\b/i.test(text))
    return null;
  return { start, end: start + text.length, text };
}

/** "… raises its policy interest rate to slow inflation" → "slow inflation". */
export function findPurpose(sentence: string): Span | null {
  const tokens = taggedTokens(sentence);
  const at = tokens.findIndex(
    (t, i) =>
      i > 2 && t.word === "to" && tokens[i + 1]?.tag === "VERB" && ["NOUN", "PROPN"].includes(tokens[i - 1].tag),
  );
  if (at < 0) return null;
  const start = tokens[at + 1].start;
  const rest = sentence.slice(start);
  return span(sentence, start, start + (rest.match(OBJECT_END)?.index ?? rest.length));
}

const MAGNITUDE =
  /\b(?:halve[sd]?|double[sd]?|triple[sd]?|quadruple[sd]?|linearly|quadratically|cubically|exponentially|logarithmically)\b/gi;

/** "can halve its calendar loss", "grows quadratically with length": a size of effect said in a word. */
export function findMagnitudes(sentence: string): Span[] {
  return [...sentence.matchAll(MAGNITUDE)].map((match) => ({
    start: match.index!,
    end: match.index! + match[0].length,
    text: match[0],
  }));
}
