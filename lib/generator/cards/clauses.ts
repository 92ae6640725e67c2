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

/**
 * "networks process a sentence", "expectations shape the prices": the tagger takes a verb after a
 * plural noun for a noun; one followed by a determiner or a possessive is the verb.
 */
function readsAsVerb(tokens: Token[], i: number): boolean {
  const [previous, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!previous || !next || token.tag !== "NOUN" || previous.tag !== "NOUN" || !/[^s]s$/.test(previous.word))
    return false;
  return next.tag === "DET" || next.tag === "NUM" || POSSESSIVE.test(next.word);
}

/** The main verb: the first finite verb after a subject of nouns and their modifiers. */
function mainVerb(tokens: Token[]): number {
  let nouns = 0;
  // "Without these algae, corals lose…": an opening adverbial comes before the subject.
  const comma = tokens.findIndex((t) => t.word === ",");
  const opener = ["ADP", "SCONJ", "ADV"].includes(tokens[0]?.tag ?? "") && comma > 1 && comma <= 8 ? comma + 1 : 0;
  for (let i = opener; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tag === "NOUN" || t.tag === "PROPN") nouns++;
    if (t.tag === "VERB" && nouns > 0 && !/ing$/.test(t.word)) return i;
    if (nouns > 0 && readsAsVerb(tokens, i)) return i;
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
  // "takes place within minutes", "took part in": the noun belongs to the verb.
  if (
    /^(?:take|takes|took|taken|taking|make|makes|made)$/i.test(all[verb].word) &&
    /^(?:place|part|effect|hold|sense)\b/.test(rest)
  )
    return null;
  let end = start + (rest.match(OBJECT_END)?.index ?? rest.length);
  const tokens = all.filter((t) => t.start >= start && t.end <= end);
  // A purpose ("… to slow inflation") is its own card.
  const purpose = tokens.findIndex((t, i) => t.word === "to" && tokens[i + 1]?.tag === "VERB");
  if (purpose > 0) end = tokens[purpose].start;
  // "attract foreign capital and make the currency stronger": a second verb starts a second clause.
  const second = tokens.findIndex((t, i) => t.tag === "CCONJ" && tokens[i + 1]?.tag === "VERB");
  if (second > 0) end = Math.min(end, tokens[second].start);
  // "a sentence one token at a time": a count after the noun starts an adverbial.
  const adverbial = tokens.findIndex((t, i) => t.tag === "NUM" && tokens[i - 1]?.tag === "NOUN");
  if (adverbial > 0) end = Math.min(end, tokens[adverbial].start);
  const object = tokens.filter((t) => t.end <= end);
  const opening = object[0];
  if (!opening || !(OBJECT_OPENING.has(opening.tag) || POSSESSIVE.test(opening.word))) return null;
  if (!object.some((t) => t.tag === "NOUN" || t.tag === "PROPN")) return null;
  // A verb inside the object ("the expectation come true") makes it a clause, unless a relative clause holds it.
  const relative = object.findIndex((t) => /^(?:that|which|who)$/.test(t.word));
  const head = relative > 0 ? object.slice(0, relative) : object;
  if (head.some((t, i) => i > 0 && t.tag === "VERB" && !/(?:ed|ing)$/.test(t.word))) return null;
  // "goes further by letting the receiver report…": a means, not an object.
  if (head.some((t, i) => t.word === "by" && /ing$/.test(head[i + 1]?.word ?? ""))) return null;
  // "makes imported goods cheaper": the object and its complement are one fact, not a phrase to recall.
  if (head[head.length - 1].tag === "ADJ") return null;
  return span(sentence, start, end);
}

/** An object's parts: "the prices that firms set and the wages that workers demand" has two. */
export function objectItems(object: string): string[] {
  return object.split(/ and (?=(?:the|a|an|its|their) )/i);
}

/** The words from `start` to `end` as an answer: a few words that point nowhere ("this 'fertile soil'"). */
function span(sentence: string, start: number, end: number): Span | null {
  const text = sentence.slice(start, end).trim();
  const words = text.replace(/^(?:the|a|an|its|their|his|her|our)\s+/i, "").split(/\s+/).length;
  // "the prices that firms set and the wages that workers demand": two objects, each of a few words.
  const longestPart = Math.max(...objectItems(text).map((part) => part.split(/\s+/).length));
  if (
    words < 2 ||
    longestPart > MAX_OBJECT_WORDS ||
    isFiller(text) ||
    /\b(?:this|these|those|such|here|there)\b/i.test(text)
  )
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
  const end = start + (rest.match(OBJECT_END)?.index ?? rest.length);
  // "The main barrier to better outcomes is not…": "to" before a noun phrase and its verb is no purpose.
  if (/\s(?:is|are|was|were)\s/.test(sentence.slice(start, end))) return null;
  return span(sentence, start, end);
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

const MAX_REASON_WORDS = 12;

/**
 * "… declined because territorial states grew stronger, Dutch shippers undercut freight rates, and
 * the herring shoals moved": several reasons, each a clause of its own. Blanking one leaves the
 * others as hints; the card asks for all of them.
 */
export function findReasons(sentence: string): (Span & { items: string[] }) | null {
  const cue = sentence.match(/\sbecause\s/);
  if (!cue) return null;
  const start = cue.index! + cue[0].length;
  const rest = sentence.slice(start).replace(/[.!]\s*$/, "");
  const byComma = rest.split(/,\s*(?:and\s+)?/);
  const items = byComma.length > 1 ? byComma : rest.split(/ and /);
  if (items.length < 2 || items.length > 4) return null;
  // "because some water evaporates, it can slightly increase…": the clause after the comma is the main one.
  if (items.slice(1).some((item) => /^(?:it|they|this|these|he|she|we|you|there)\s/i.test(item.trim()))) return null;
  const hasVerb = (item: string) => taggedTokens(item).some((t, i) => i > 0 && t.tag === "VERB");
  // The tagger misses some verbs ("shippers undercut rates"): most items showing one is enough.
  const sized = items.every((item) => item.split(/\s+/).length >= 2 && item.split(/\s+/).length <= MAX_REASON_WORDS);
  if (!sized || items.filter(hasVerb).length * 2 < items.length + 1) return null;
  return { start, end: start + rest.length, text: rest, items: items.map((item) => item.trim()) };
}

/**
 * "Recurrent neural networks process a sentence one token at a time, which makes them slow to
 * train": the subject, what it does, and the property that follows from it.
 */
export function findConsequence(sentence: string): { subject: string; action: string; property: string } | null {
  const match = sentence.match(/^([^,;]{8,200}), which makes (?:it|them) ([^,;]{3,120}?)\.?$/);
  if (!match) return null;
  const tokens = taggedTokens(match[1]);
  const verb = mainVerb(tokens);
  if (verb < 1 || COPULA.test(tokens[verb].word)) return null;
  const subject = match[1].slice(0, tokens[verb].start).trim();
  const action = match[1].slice(tokens[verb].start).trim();
  // "makes them more fragile", "makes it slow to train": a property, not a new event.
  if (taggedTokens(match[2])[0]?.tag !== "ADJ" && !/^(?:more|less)\b/.test(match[2])) return null;
  return { subject, action, property: match[2] };
}

const MAX_ACTION_WORDS = 9;

/**
 * "Bees exposed to these compounds return to the nest less often and collect less pollen": two
 * things one subject does, asked together, since either alone gives the other away.
 */
export function findActions(sentence: string): (Span & { items: string[] }) | null {
  const tokens = taggedTokens(sentence);
  const verb = mainVerb(tokens);
  if (verb < 1 || COPULA.test(tokens[verb].word)) return null;
  const start = tokens[verb].start;
  const rest = sentence.slice(start).replace(/[.!]\s*$/, "");
  if (/[,;:()]/.test(rest)) return null;
  const after = tokens.filter((t) => t.start > start);
  const secondVerb = (i: number) => {
    const [word, next] = [after[i], after[i + 1]];
    if (!word) return false;
    // "and targeted therapies": a participle before a noun is an adjective, not a second verb.
    if (word.tag === "VERB") return !(next?.tag === "NOUN" && /(?:ed|ing)$/.test(word.word));
    // "and pre-heat the pack": the tagger's noun before a determiner.
    return word.tag === "NOUN" && !/s$/.test(word.word) && (next?.tag === "DET" || POSSESSIVE.test(next?.word ?? ""));
  };
  const joins = after.filter((t, i) => t.word === "and" && secondVerb(i + 1));
  if (joins.length !== 1) return null;
  const items = [
    sentence.slice(start, joins[0].start).trim(),
    sentence.slice(joins[0].end, start + rest.length).trim(),
  ];
  if (items.some((item) => item.split(/\s+/).length < 2 || item.split(/\s+/).length > MAX_ACTION_WORDS)) return null;
  return { start, end: start + rest.length, text: rest, items };
}
