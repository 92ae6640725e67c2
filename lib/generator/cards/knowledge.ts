/**
 * Cards whose answers are knowledge: enumerations, numbers, causes and
 * effects, definitions both ways, and the noun phrase a sentence says
 * something new about. The prompt names its topic when the sentence does not.
 */
import { EVALUATIVE, isFiller } from "../discourse";
import { isKnownWord, nounPhrases, taggedTokens, type Token } from "../nlp";
import { specificName } from "../topics";
import {
  capitalised,
  escapeRegExp,
  findTerm,
  FUNCTION_WORDS,
  normaliseTerm,
  normaliseText,
  stemOf,
  wordCount,
} from "../text";
import { candidate, type Candidate, type CardContext, type Wording } from "./candidate";
import { BLANK } from "./cloze";
import { findDefinition } from "./definition";
import { gapsOf } from "./gaps";
import { hasDanglingPronoun, isPlural } from "../pronouns";
import { causeQuestions } from "./causes";
import { findActions, findMagnitudes, findObject, findPurpose, findReasons, objectItems } from "./clauses";
import { findColonList, findLists, findMarkedList, findNumbers, findRelations, type Span } from "./spans";

export type CardShape = "list" | "number" | "relation" | "definition" | "term" | "phrase";

export interface ShapedCandidate extends Candidate {
  shape: CardShape;
}

const NUMBER_WORDS = ["", "", "two", "three", "four", "five", "six"];

const GENERIC_SUBJECT = /^(?:current|future|other|such|these|those|this|its|their|recent|new|further|the latest)\b/i;

/**
 * "Immunotherapy: " before a sentence that needs it: one that still points
 * back, or whose subject is generic ("Current strategies involve…").
 */
export function contextLabel(context: CardContext, wording: Wording, answer: string): string {
  const term = context.topic.term ?? context.topic.name;
  if (!term) return "";
  // A common word ("models", "recovery") names no context a student could use.
  if (!specificName(context.topic.name)) return "";
  if (findTerm(wording.text, term) || findTerm(wording.text, context.topic.name)) return "";
  const opening = nounPhrases(wording.text).find((p) => p.start === 0)?.text;
  const needsContext =
    wording.unresolved ||
    (!!opening && GENERIC_SUBJECT.test(opening)) ||
    /^(?:\S+\s+){0,3}?(?:this|these|such(?!\s+as))\s+\w+|^(?:\S+\s+){0,3}?(?:they|them)\b/i.test(wording.text);
  if (!needsContext) return "";
  // The label must not give the answer away.
  if (findTerm(answer, term) || normaliseText(answer).includes(normaliseText(context.topic.name))) return "";
  return `${capitalised(context.topic.name)}: `;
}

function namesTopic(context: CardContext, text: string): boolean {
  const term = context.topic.term ?? context.topic.name;
  return !!term && (!!findTerm(text, term) || !!findTerm(text, context.topic.name));
}

/** "…the drug binds…", "the problem is solved…": a thing the sentence before named. */
const DEFINITE_REFERENCE =
  /^(?:\S+\s+){0,3}?the (?:drug|problem|enzyme|constant|reaction|protein|gene|molecule|compound|bond|procedure|treatment|disease|technique|method|approach|device|mechanism|finding|result|study|trial|experiment|authors?|idea|rest|block|edition|first|former|latter|remainder|figures?|loss|change|shift|complication|consequence|difference|effect|benefit|cost|participants|cohort|antibod(?:y|ies)|format|vaccines?|scheme|programme|policy|same|particles|discovery|arrangement|dose|doses|regimen|schedule|detector|alarm|filter|kit|sample|test|system)\b|\b(?:above|below)[.,;:]|^(?:\S+\s+){1,3}(?:nevertheless|nonetheless|however|therefore|thus|accordingly|consequently|likewise|similarly)\b|, (?:in contrast|by contrast|in comparison|in turn|as a result|however|therefore|though|instead),/i;
/** "A century earlier…", "Later,…": a time that counts from something the card does not say. */
const RELATIVE_TIME =
  /^(?:(?:a|one|two|three|several|some|a few) (?:centuries|century|decades?|years?|months?|weeks?|days?) (?:earlier|later|before|after)\b|(?:earlier|later|previously|meanwhile|by then|at that time|at the time)\b)|^(?:\S+\s+){0,3}?(?:from|since|until|till|by|after|before) then\b/i;
/**
 * "Nationwide, …", "Many survived…", "A simpler design keeps…": a place, a subject or a comparison
 * the sentence before supplied.
 */
const LEANING_START =
  /^(?:(?:because of|as a result of|due to|despite|unlike|like|besides) (?:this|that|these|those|it)\b|(?:participants|respondents|subjects) (?:were|was|had|received)\b|(?:losses|changes|gains|effects|benefits|costs|results|findings) [a-z]+\b|(?:nationwide|nationally|locally|here|there),|(?:many|most|some|few|several|others|both|neither|none|all)(?: of (?:them|these|those))? (?:[a-z]+ly )?(?:were|was|are|is|have|had|did|do|can|could|may|might|will|would|remain(?:ed|s)?|survived|continued)\b)/i;
const COMPARATIVE_START =
  /^(?:a|an|the) (?:simpler|faster|slower|cheaper|newer|older|larger|smaller|better|worse|bigger|shorter|longer|safer|more [a-z]+|less [a-z]+) [a-z]/i;
const DANGLING =
  /\b(?:of|from|to|on|with|by|for|in|about) (?:this|that|these|those)(?=[.,;:!?]|$)|\b(?:this|these|those)\s+(?!(?:review|article|paper)\b)[a-z‘'_]|\bsuch\s+(?!as\b)[a-z‘'_]|^(?:\S+\s+){0,1}?(?:their|instead|also|too)\b|\binstead\b(?!\s+of\b)|^(?:The|This) (?:league|network|model|method|approach|study|system|process|programme|program)\b/i;
const QUANTIFIERS = new Set("most many some several other few all more less much various numerous further".split(" "));
const STOP = FUNCTION_WORDS;

/** "cancer spread", "metastatic settings" in an article on cancer metastasis: every word is one the student already has. */
export function isCommonAnswer(answer: string, common: Set<string> | undefined): boolean {
  if (!common) return false;
  const words = answer
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 2 && !STOP.has(w) && !QUANTIFIERS.has(w));
  return words.length > 0 && words.every((w) => common.has(w.replace(/s$/, "")) || common.has(stemOf(w)));
}

/** Whether a prompt gives its own answer away (the answer or its acronym appears in it). */
export function leaks(prompt: string, answer: string): boolean {
  const key = normaliseText(answer.replace(/(?<!\s)\s*\([A-Z][\w-]{1,9}\)$/, ""));
  if (key.length >= 3 && normaliseText(prompt).includes(key)) return true;
  const acronym = answer.match(/\(([A-Z][\w-]{1,9})\)$/)?.[1];
  return !!acronym && new RegExp(`\\b${escapeRegExp(acronym)}\\b`).test(prompt);
}

function blanked(text: string, span: Span, hint = ""): string {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  return `${before}${BLANK}${hint}${after}`;
}

/** "…allows cells to evade detection, making them…": "them" has a plural noun to stand for. */
function pluralBefore(prompt: string): boolean {
  const at = prompt.search(/\b(them|they)\b/i);
  return taggedTokens(prompt.slice(0, at)).some((t, i) => i > 0 && t.tag === "NOUN" && /[^s]s$/.test(t.word));
}

/** A word no general English lexicon holds, or a name: "usufruct", "SSTables", "Novgorod". */
export function hasTermOfTheField(phrase: string): boolean {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .some((word) => /^[A-Z]/.test(word) || !isKnownWord(word.toLowerCase().replace(/[^a-z]/g, "")));
}

/** Whether the capitals of a name in the answer are letters, in order, of an acronym the prompt shows. */
function spelledByAcronym(prompt: string, answer: string): boolean {
  const initials = (answer.match(/\b\p{Lu}/gu) ?? []).join("");
  if (initials.length < 2) return false;
  return (prompt.match(/\b[A-Z]{3,}\b/g) ?? []).some((acronym) => {
    let at = 0;
    for (const letter of acronym) if (letter === initials[at]) at++;
    return at === initials.length;
  });
}

/** "beta-CGRP (CALCB)" in the prompt, "CALCA gene" the answer: a symbol one letter from the answer's. */
function nearNameLeaks(prompt: string, answer: string): boolean {
  const symbols = prompt.match(/\b[A-Z][A-Z0-9]{3,}\b/g) ?? [];
  return (answer.match(/\b[A-Z][A-Z0-9]{3,}\b/g) ?? []).some((symbol) =>
    symbols.some(
      (other) => other !== symbol && other.length === symbol.length && other.slice(0, -1) === symbol.slice(0, -1),
    ),
  );
}

/** Whether consecutive capitalised words of `prompt` have the initials of `acronym`. */
function spelledOut(prompt: string, acronym: string): boolean {
  const initials = (prompt.match(/\b\p{Lu}\p{Ll}+(?: (?:of|and|for|the) )?/gu) ?? [])
    .map((word) => word.charAt(0))
    .join("");
  return initials.includes(acronym);
}

/** "by these means", "for this reason": a pointer whose noun says nothing of what it points at. */
function pointsAtGeneric(answer: string): boolean {
  for (const match of answer.matchAll(/\b(?:this|these|those) ([a-z]+)/gi)) {
    if (EVALUATIVE.has(match[1].toLowerCase()) || /^(?:means|way|reasons?|changes?)$/i.test(match[1])) return true;
  }
  return false;
}

/** "the water or spray it into a tank": a noun phrase, then a verb's clause; "escape X and establish Y" is one shape. */
function secondClause(answer: string): boolean {
  const tokens = taggedTokens(answer);
  if (tokens[0]?.tag === "VERB") return false;
  return tokens.some((t, i) => {
    const [next, after] = [tokens[i + 1], tokens[i + 2]];
    if (i === 0 || t.tag !== "CCONJ" || !next || /(?:ed|ing)$/.test(next.word)) return false;
    // "or spray it into…": the tagger's noun before an object pronoun is a verb.
    return next.tag === "VERB" || (next.tag === "NOUN" && after?.tag === "PRON");
  });
}

function make(
  context: CardContext,
  wording: Wording,
  shape: CardShape,
  type: Candidate["type"],
  prompt: string,
  answer: string,
): ShapedCandidate | null {
  const cleanAnswer = answer.replace(/(?<![.,;:])[.,;:]+$/, "").trim();
  if (!cleanAnswer || leaks(prompt, cleanAnswer)) return null;
  // "Log-", "Conversely, the STOP-ACEi trial…", "…supply by these means": an answer cut mid-word, opening
  // on a link to another sentence, or pointing at what it does not say.
  if (
    /\p{L}-$/u.test(cleanAnswer) ||
    // "The Aging and _____ in Elders (ACHIEVE) trial" → Cognitive Health Evaluation: the acronym spells it.
    spelledByAcronym(prompt, cleanAnswer) ||
    // "Humphries (1990) emphasises that…": another author's claim inside the answer.
    /\p{Lu}\p{Ll}+ \((?:1[5-9]|20)\d{2}[a-z]?(?:[,:]\s?\d{1,4}(?:[–-]\d{1,4})?)?\)/u.test(cleanAnswer) ||
    /^(?:conversely|however|moreover|furthermore|in contrast|by contrast|nevertheless|thus|therefore|instead|similarly|first|second|third|finally)\b/i.test(
      cleanAnswer,
    ) ||
    (shape !== "definition" && pointsAtGeneric(cleanAnswer)) ||
    // "so that _____ would not…" → "they": a pronoun's referent is outside the answer; "the same
    // gradient" compares with what the card does not say.
    /^(?:it|they|them|he|she|him|her|this|that|these|those)$/i.test(cleanAnswer) ||
    /^(?:the )?(?:same|former|latter|above|aforementioned)\b/i.test(cleanAnswer) ||
    // "because _____" → "not all filters do, however": a connective closing the answer points elsewhere.
    /,\s(?:however|therefore|though|too|instead)$/i.test(cleanAnswer) ||
    // "through _____" → "the water or spray it into a tank": a second clause rode along.
    (shape === "relation" && secondClause(cleanAnswer))
  )
    return null;
  // "Epithelial-mesenchymal transition makes them…": a resolved sentence that still says "them" has lost its referent.
  if (wording.resolvedPointer && /\b(them|they)\b/i.test(prompt) && !pluralBefore(prompt)) return null;
  // "this problem", "it actively drives…", "Autoregressive pre-training instead…": the prompt names less than it needs.
  const unquoted = prompt.replace(/(?<!“)“[^“”]*”/g, "");
  // A number's blank stands for the number, not for the noun a pronoun needs ("Before _____ it was…").
  const read = shape === "number" ? unquoted.replace(BLANK, cleanAnswer) : unquoted;
  const unlabelled = unquoted.replace(/^[^:“]{1,80}:\s/, "");
  // "In 2022 we measured the city's canopy…": who "we" are is the page's, not the card's.
  if (
    /\b(?:we|our|us)\b/i.test(unlabelled) ||
    /\b(?:we|our|us)\b/i.test(cleanAnswer) ||
    (shape === "list" && /\b(?:you|your)\b/i.test(cleanAnswer))
  )
    return null;
  // "_____ is named after a 1968 outbreak … in Pontiac" → Pontiac fever: the answer's own name is in the prompt.
  const ownName = cleanAnswer.match(/^\p{Lu}\p{Ll}{2,}/u)?.[0];
  if (ownName && !isKnownWord(ownName.toLowerCase()) && new RegExp(`\\b${ownName}\\b`).test(prompt)) return null;
  // "the ophthalmic (V1": a blank cut inside brackets; "CALCA" beside "CALCB": a name one letter from the answer.
  if (
    (cleanAnswer.match(/\(/g) ?? []).length !== (cleanAnswer.match(/\)/g) ?? []).length ||
    nearNameLeaks(prompt, cleanAnswer)
  )
    return null;
  // "the Microgeneration Certification Scheme, which…" → MCS: the prompt spells the acronym out.
  if (/^[A-Z]{2,6}$/.test(cleanAnswer) && spelledOut(prompt, cleanAnswer)) return null;
  if (
    (DANGLING.test(unquoted) ||
      RELATIVE_TIME.test(unquoted) ||
      DEFINITE_REFERENCE.test(unlabelled) ||
      LEANING_START.test(wording.text) ||
      (COMPARATIVE_START.test(wording.text) && !/\bthan\b/.test(wording.text)) ||
      hasDanglingPronoun(read)) &&
    !(shape === "definition" && type === "QUESTION")
  )
    return null;
  if ((shape === "phrase" || shape === "term") && isCommonAnswer(cleanAnswer, context.commonWords)) return null;
  const keyPart = `${shape}|${normaliseTerm(cleanAnswer)}|${normaliseText(wording.text)}`;
  const card = candidate(context, type, keyPart, { prompt, answer: cleanAnswer, source: wording.source }, 0.5);
  return { ...card, shape };
}

/** Verbs that say only that something has an effect. */
const GENERIC_EFFECT =
  /^(?:\w+ly\s+)?(?:impacts?|affects?|influences?|contributes?|plays?|shapes?|involves?|concerns?)\b/i;

const PHRASE_MODIFIER = new Set("more less most least very highly so too".split(" "));

/** "form a thinner, more _____" → "stable SEI", "spreads deformed _____" → "wing virus": the blank opens mid-phrase. */
function cutsPhrase(text: string, span: Span): boolean {
  const tokens = taggedTokens(text);
  const at = tokens.findIndex((t) => t.start >= span.start);
  const previous = at > 0 ? tokens[at - 1] : null;
  if (!previous || previous.end < span.start - 1) return false;
  const beforePrevious = tokens[at - 2];
  const first = tokens[at];
  return (
    previous.tag === "ADJ" ||
    // "water _____" → "vapour": a blank that takes the head of a compound noun and leaves its modifier.
    (previous.tag === "NOUN" &&
      first?.tag === "NOUN" &&
      previous.end === span.start - 1 &&
      !/s$/.test(previous.word)) ||
    PHRASE_MODIFIER.has(previous.word) ||
    // A participle the tagger reads as a noun modifies the blank; one after a verb does too.
    (/ed$/.test(previous.word) && previous.tag === "NOUN") ||
    (/ed$/.test(previous.word) && !!beforePrevious && ["VERB", "AUX"].includes(beforePrevious.tag))
  );
}

function clozeCard(context: CardContext, wording: Wording, shape: CardShape, span: Span, answer: string, hint = "") {
  // "contains _____ (PM2.5)", "about _____ (2 feet)", "_____ full (ln 2)": a short aside right after the
  // blank restates its answer.
  const abbreviation = wording.text
    .slice(span.end)
    .match(/^ \([^()=;]{1,20}\)/)?.[0]
    // "RFC 3168 (2001)": a year in brackets dates the thing, and restates nothing.
    ?.replace(/^ \((?:1[5-9]|20)\d{2}\)$/, "");
  if (abbreviation && answer === span.text) {
    span = { start: span.start, end: span.end + abbreviation.length, text: span.text + abbreviation };
    answer = span.text;
  }
  // "new crops such", "1877 by": an answer that ends in a function word has swallowed the next phrase's start.
  const lastAnswerWord = answer.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  if (
    /\s/.test(answer.trim()) &&
    (FUNCTION_WORDS.has(lastAnswerWord) ||
      /^(?:such|into|onto|upon|within|through|about|over|under)$/.test(lastAnswerWord))
  )
    return null;
  // A blank never splits a word or a hyphenated compound ("Intravenous-to-_____").
  const before = wording.text.charAt(span.start - 1);
  const after = wording.text.charAt(span.end);
  if (/[\p{L}\p{N}_-]/u.test(before) || /[\p{L}\p{N}_-]/u.test(after)) return null;
  // "a P–_____ backbone": an en dash inside a compound joins it too.
  if (
    (before === "–" && /[\p{L}\p{N}]/u.test(wording.text.charAt(span.start - 2))) ||
    (after === "–" && /[\p{L}\p{N}]/u.test(wording.text.charAt(span.end + 1)))
  )
    return null;
  // "G1 (≥_____.73 m2)" cut a number; "the 2- and _____ probability" asks what the prompt shows.
  if (/^\.\d/.test(wording.text.slice(span.end)) || /\d- (?:and|or|to) $/.test(wording.text.slice(0, span.start)))
    return null;
  // "aquifer by discharging", "depletion only", "the 1980s the decline thesis": the blank ran into the next phrase.
  if (
    / (?:by|of|in|to|for|from|with) [a-z]+ing$/.test(answer) ||
    / (?:only|also|even|just|alone|rather|instead)$/.test(answer) ||
    // "stronger than the legislation designed" to…: a participle whose complement the blank left behind.
    (/ [a-z]+ed$/.test(answer) && /^ to /.test(wording.text.slice(span.end))) ||
    /\b\d{4}s? (?:the|a|an)\b/.test(answer)
  )
    return null;
  // "by _____ and Barbara Liskov", "Building on _____'s (1928) account": an author's name is no finding;
  // "the _____ was…" → "eighteenth century Britain", "regulate overseas commerce was uncontroversial": the
  // blank ran into the next phrase.
  const ahead = wording.text.slice(span.end, span.end + 12);
  if (
    (/\bby $/.test(wording.text.slice(0, span.start)) && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(answer)) ||
    /^'s \((?:19|20)\d{2}/.test(ahead) ||
    (shape !== "number" &&
      /\b\p{Ll}{3,} \p{Lu}\p{Ll}+$/u.test(answer) &&
      !FUNCTION_WORDS.has(answer.split(" ").slice(-2)[0])) ||
    / (?:was|were|is|are) [a-z]+$/.test(answer) ||
    // "The insurer pays _____" → "Flood Re a fixed premium": two objects in one blank.
    (shape === "relation" && /^\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)* (?:a|an|the) /u.test(answer))
  )
    return null;
  // "Roots include _____, CPU registers, global variables and…": one item of a list the prompt shows the rest of.
  if (
    shape !== "list" &&
    shape !== "number" &&
    (listGoesOn(wording.text.slice(span.end)) ||
      /\w, (?:and |or )?$|, [\w-]+ (?:and|or) $/.test(wording.text.slice(0, span.start)))
  )
    return null;
  // "Managing groundwater depletion: _____ (two items).": a prompt must ask something besides its blank.
  const asked = wording.text.slice(0, span.start) + wording.text.slice(span.end);
  if (asked.split(/\s+/).filter((word) => /[a-z]{3}/i.test(word)).length < 3) return null;
  // "over the past _____" → "three decades": an adjective before a quantity is no part of it.
  if (shape !== "number" && cutsPhrase(wording.text, span)) return null;
  // "CO poisonings in _____ sharply" → "Northbrook rise": the blank swallowed the sentence's verb.
  if (shape === "phrase" || shape === "term") {
    const last = taggedTokens(wording.text)
      .filter((t) => t.start >= span.start && t.end <= span.end)
      .pop();
    const nameThenWord = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*\s\p{Ll}+$/u.test(answer);
    if (
      (last?.tag === "VERB" || nameThenWord) &&
      !/(?:ing|ed)$/.test(last?.word ?? "") &&
      /^\s\w+ly\b/.test(wording.text.slice(span.end))
    )
      return null;
  }
  // "can produce as _____ as hundreds of idling cars": the comparison's measure is no fact of its own.
  if (/\bas\s$/.test(wording.text.slice(0, span.start)) && /^\s?as\b/.test(wording.text.slice(span.end))) return null;
  // "were not a _____ but a combination of…": what something is not is no fact to recall.
  if (/\bnot (?:a|an|the|just|only|merely)?\s*$/i.test(wording.text.slice(0, span.start))) return null;
  // "the _____ Antichristi" → "Passional Christi und": a blank that cuts a name in two.
  const capital = /^[A-Z]/;
  const lastWord = span.text.split(/\s+/).pop() ?? "";
  const nextWord = wording.text.slice(span.end).match(/^ ([A-Za-z]\S*)/)?.[1] ?? "";
  if (
    shape !== "number" &&
    capital.test(nextWord) &&
    (capital.test(lastWord) || /^(?:und|de|von|van|der|la|le)$/.test(lastWord))
  )
    return null;
  const label = contextLabel(context, wording, answer);
  const prompt = blanked(wording.text, span, hint);
  // "Future directions include…" → "Future directions in immunotherapy include…": the context inside the sentence.
  const opening = nounPhrases(wording.text).find((p) => p.start === 0);
  if (label && opening && GENERIC_SUBJECT.test(opening.text) && opening.end <= span.start && !wording.unresolved) {
    const inSentence = `${prompt.slice(0, opening.end)} in ${context.topic.name}${prompt.slice(opening.end)}`;
    return make(context, wording, shape, "CLOZE", inSentence, answer);
  }
  // A sentence that needs its topic as a label is not a card a student can answer cold; nor is one that
  // leans on the sentence before with no topic to name.
  if (label || (wording.unresolved && !namesTopic(context, wording.text))) return null;
  return make(context, wording, shape, "CLOZE", prompt, answer);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A term mid-sentence: "Metastasis" → "metastasis", but "EMT" and "Europe" stay. */
function termForm(term: string, topicName: string): string {
  const topicWords = topicName.toLowerCase().split(/\s+/);
  const lowerable = (word: string) =>
    /^[A-Z][a-z-]+$/.test(word) && (isKnownWord(word) || topicWords.includes(word.toLowerCase()));
  const words = term.split(" ");
  // Title Case as the article set it off ("Circulating Tumor Cells (CTCs)") reads in lower case.
  const named = words.filter((word) => !/^\(.*\)$/.test(word));
  if (named.length > 1 && named.every(lowerable))
    return words.map((word) => (/^\(.*\)$/.test(word) ? word : word.toLowerCase())).join(" ");
  const [first, ...rest] = words;
  if (lowerable(first)) return [first.toLowerCase(), ...rest].join(" ");
  return term;
}

/** The title's words, singular: what every student of the article already knows it is about. */
export function titleWords(title: string | undefined): Set<string> {
  return new Set(
    (title ?? "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2)
      .map((word) => word.replace(/(?<!s)s$/, "")),
  );
}

/** "a temporary price shock does not turn into lasting inflation": a whole clause, which no title gives. */
function isClause(answer: string): boolean {
  let relative = false;
  for (const [i, t] of taggedTokens(answer).entries()) {
    // A verb of a relative clause ("text that is on a slide") or of an infinitive is not the clause's own.
    if (/^(?:that|which|who|to)$/.test(t.word)) relative = true;
    else if (t.word === ",") relative = false;
    else if (i > 0 && !relative && (t.tag === "AUX" || t.tag === "VERB") && !/(?:ed|ing)$/.test(t.word)) return true;
  }
  return false;
}

/** "self-attention" in "Attention-Based Models", "pollinators" in "Pollinator Decline": a single answer the title gives. */
export function answeredByTitle(answer: string, title: string | undefined): boolean {
  if (answer.includes(";") || isClause(answer)) return false;
  // "B-Trees, LSM-Trees, and Hash Indexes": which of the title's alternatives is knowledge.
  const named = (title ?? "").split(/:\s/)[0];
  if ((named.match(/,/g) ?? []).length >= 2 || /\b(?:vs\.?|versus)\s/i.test(named)) return false;
  // "Global Positioning System (GPS)" under "How GPS Finds You": the title names it by its acronym.
  const acronym = answer.match(/\(([A-Z][A-Z0-9]{1,9})\)$/)?.[1];
  if (acronym && new RegExp(`\\b${acronym}\\b`).test(title ?? "")) return true;
  const head = answer
    .replace(/\([^()]*\)$/, "")
    .trim()
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .pop();
  return !!head && titleWords(title).has(head.replace(/(?<!s)s$/, ""));
}

/** "a process where…", "a state in which…": a kind so broad that many terms would fit the meaning. */
const BROAD_KIND =
  /^(?:an?|the)\s+(?:[\w-]+\s+)?(?:process|state|phenomenon|mechanism|method|technique|condition|way|situation)\b/i;

function definitionCards(context: CardContext, wording: Wording): ShapedCandidate[] {
  const definition = findDefinition(wording.text);
  if (!definition) return [];
  const { term, meaning, kind } = definition;
  // "What is isoniazid causes peripheral neuropathy?": a term with a verb is a clause, not a term.
  if (isClause(term)) return [];
  // "metastasis" in a review of metastasis is known before the article is read; "a process where…"
  // leaves out what makes the term itself.
  if ((!/\s/.test(term.trim()) && answeredByTitle(term, context.title)) || BROAD_KIND.test(meaning)) return [];
  let shown = definition.shown === term ? termForm(term, context.topic.name) : definition.shown;
  // "Defrost cycle: a short period when…" → "What is a defrost cycle?": a meaning that opens on "a" names a countable kind.
  const kindArticle = meaning.match(/^(an?) /i)?.[1];
  const massNoun = /(?:ship|ing|ion|ment|ance|ence|ity|ism|cy|ness|sis|back|ure)$/i.test(term.split(/\s+/).pop() ?? "");
  // ("Denosumab is a fully human antibody" names its term bare: it takes no article.)
  if (
    kindArticle &&
    definition.glossary &&
    kind === "is" &&
    !massNoun &&
    shown === termForm(term, context.topic.name) &&
    !isPlural(term) &&
    !/^[A-Z]{2}/.test(shown) &&
    // "Daniel Bomberg" is a name.
    !/^\p{Lu}\S* \p{Lu}/u.test(shown)
  )
    shown = `${/^[aeiou]/i.test(shown) ? "an" : "a"} ${shown}`;
  const forward = kind === "where" ? `What happens in ${shown}?` : `What ${isPlural(term) ? "are" : "is"} ${shown}?`;
  const reverse = kind === "where" ? `What is it called when ${meaning}?` : `Which term is defined as “${meaning}”?`;
  // "What happens in epithelial-mesenchymal transition?" → "…shed epithelial… adopt mesenchymal…": the term tells.
  const termWords = new Set(
    term
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3)
      .map((w) => w.slice(0, 5)),
  );
  const meaningWords = meaning.toLowerCase().split(/[^a-z]+/);
  // "cells shed from…" for "circulating tumor cells" repeats only the kind of thing, not what it is.
  const echoes = meaningWords.some((w, i) => i > 0 && w.length > 3 && termWords.has(w.slice(0, 5)));
  // Meaning → term only where the meaning singles the term out: long enough, of a narrow kind, and
  // without the term's own head noun ("cells shed into the bloodstream" → "circulating tumor cells").
  const head =
    term
      .replace(/\([^()]*\)$/, "")
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .pop() ?? "";
  // The title's own term ("metastasis" in a review of metastasis) is the answer anyone would give.
  // "Which term is defined as “presenting the same information twice … hinders learning”?": a clause is no
  // definition to name a term from.
  const nounMeaning = kind === "where" || !isClause(meaning);
  const singlesOut =
    nounMeaning &&
    !answeredByTitle(term, context.title) &&
    wordCount(meaning) >= 6 &&
    !BROAD_KIND.test(meaning) &&
    !meaningWords.includes(head.replace(/s$/, "")) &&
    !meaningWords.includes(head);
  // A meaning that repeats the term's words ("shed epithelial… adopt mesenchymal…") is read off the term either way.
  if (echoes) return [];
  const cards = [
    make(context, wording, "definition", "QUESTION", forward, meaning),
    singlesOut ? make(context, wording, "definition", "QUESTION", reverse, termForm(term, context.topic.name)) : null,
  ];
  return cards.filter((card): card is ShapedCandidate => !!card);
}

const figures = (text: string) =>
  [...text.matchAll(/(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![.,]?\d)/g)].map((m) =>
    Number(m[0].replace(/,/g, "")),
  );

/**
 * "…into _____ zone types, 10 built types and 7 land-cover types" → 17, "around _____, and … completed
 * by about 1455" → 1450: the rest of the sentence gives the number away.
 */
function guessedFromOtherNumbers(answer: string, rest: string): boolean {
  const [value] = figures(answer);
  if (value === undefined) return false;
  const others = figures(rest);
  if (others.length >= 2 && others.reduce((sum, n) => sum + n, 0) === value) return true;
  const isYear = (n: number) => Number.isInteger(n) && n >= 1000 && n <= 2100;
  if (!/^\d{4}$/.test(answer.trim()) || !isYear(value)) return false;
  // "completed by about 1455" gives away "around 1450"; "from 1760 … by 1800" a round end-year.
  const round = value % 50 === 0;
  return others.some((n) => isYear(n) && (Math.abs(n - value) <= 10 || round));
}

/** "95% CI 0.83-1.30", "n = 1513", "p < 0.05": a statistic's bookkeeping, not its finding. */
const STATISTIC_BEFORE = /(?:\bCI|\bHR|\bOR|\bRR|\bIQR|\bSD|\bSE|\bn|\bp|\bP)\s?[=<>≤≥:]?\s?[−-]?$/;
/** "RFC 6928", "Standard 53", "kernels before 4.13": what names a document or a version. */
const IDENTIFIER_BEFORE =
  /\b(?:RFC|ISO|IEEE|Standard|kernels?(?: before| after| since)?|versions?|v\.?|release|No\.|ID|chapter|section|article|clause|page|pp?\.|Table|Figure|Fig\.|Appendix)\s$/i;
/** "the PAPY study of 1,125 patients": how much evidence there was. */
const SAMPLE_BEFORE =
  /\b(?:study|studies|trial|trials|cohort|survey|analysis|meta-analysis|review|sample|series|registry|audit) (?:of|in|with|including|enrolling|involving) (?:some |about |nearly |over |more than )?$/i;
/** "286 million acre-feet, or roughly _____ cubic kilometres": the same figure in other units. */
const RESTATED_BEFORE = /\bor (?:roughly |about |approximately |around |some |nearly )?$/;

/**
 * A number no tutor would ask: a statistic's bookkeeping, the same figure in other units, a placebo arm,
 * the count of a list's types, one unit per step, a citation's year ("Kafadar (_____) questions…"), or a
 * band its neighbours give away ("G3a (45-59), G3b (_____), G4 (15-29)").
 */
function isBookkeepingNumber(text: string, number: Span): boolean {
  const before = text.slice(Math.max(0, number.start - 30), number.start);
  const after = text.slice(number.end, number.end + 16);
  if (STATISTIC_BEFORE.test(before) || RESTATED_BEFORE.test(before) || /^ (?:CI|SD|SE)\b/.test(after)) return true;
  // "124°F (_____)", "20 inches (_____)": the figure the prompt shows, in other units.
  if (/\d\s?(?:°\s?[CF]|%|[a-zA-Zµ/³²]+)\s\((?:about |approx\. |approximately |roughly |~)?$/.test(before)) return true;
  // "RFC 6928", "kernels before 4.13", "Table 2", "ENGAGE AF-TIMI 48", "CYP2C9*3": a name or a version, not a quantity.
  if (IDENTIFIER_BEFORE.test(before) || /\b[A-Z][A-Z0-9-]{2,}\s$|[*#]$/.test(before)) return true;
  // "the PAPY study of 1,125 patients": the size of the evidence, not the finding.
  if (SAMPLE_BEFORE.test(before)) return true;
  // "(Annals 2.59)", "(Suetonius, Claudius 18)", "(r. 193–211)": a passage cited or a reign's years.
  if (/\((?:\p{Lu}[\p{L}.]*,?\s){1,3}$|\br\.\s$/u.test(before)) return true;
  // "call Poison Help at 1-800-222-1222": a telephone number.
  if (/^-\d{3}-\d{3,4}/.test(after) || /\d-$/.test(before) || /\d-\d{3}-\d{3}/.test(number.text)) return true;
  // "_____ + 0.25 + 0.25 = 1.5", "1920 × _____": a figure the arithmetic around it gives away; "0" or "1" alone.
  if (/\d\s?[×x*+/=^−-]\s?$/.test(before) || /^\s?[×x*+/=^]\s?\d/.test(after)) return true;
  if (/^[01]$/.test(number.text)) return true;
  // "2 × 10⁻¹⁰": half of a figure in scientific notation.
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]|^\s?[×x]\s?10/.test(after)) return true;
  // "a placebo response of _____", "versus _____ with placebo": the comparison arm is no finding.
  if (/placebo|versus\s$|vs\.?\s$/i.test(before) || /^ (?:with|on|for|in the) placebo/i.test(after)) return true;
  // "There are _____ main types of cover": the count of a list, without the list, is nothing to learn.
  const listCount =
    /^ (?:main |major |basic |key )?(?:types|kinds|ways|categories|steps|stages|groups|classes|forms|phases)\b/;
  if (/^\d$/.test(number.text) && listCount.test(text.slice(number.end))) return true;
  // "each _____ reduction in flow temperature" → 1°C: one unit per step is what "each" says.
  if (/^1\s?\D/.test(number.text) && /\b(?:each|every|per|a|an)\s$/.test(before)) return true;
  // "0.5, 1, 2 and 4 kHz", "generations 0, 1 and _____": one of a series the others give away.
  if (/\d,\s?$|\d,? (?:and|or) $/.test(before) || /^,\s?[−+-]?\d|^,? (?:and|or) [−+-]?\d/.test(after)) return true;
  // "+80 to +100 mV": half a range.
  if (/^ (?:to|and) [−+-]?\d/.test(after) || /\d (?:to|and) [−+]?$/.test(before)) return true;
  // "a 19% lower hazard (HR 0.81)": the ratio gives the percentage away.
  const percent = number.text.match(/^(\d+(?:\.\d+)?)\s?%$/);
  if (percent) {
    for (const ratio of text.matchAll(/\b0\.\d{2}\b/g))
      if (Math.abs(100 * (1 - Number(ratio[0])) - Number(percent[1])) <= 1) return true;
  }
  const yearOnly = /^\d{4}(?:[a-z]|[–-]\d{2,4})?$/.test(number.text);
  const name = before.endsWith(" (") ? (before.slice(0, -2).split(" ").pop() ?? "") : "";
  if (yearOnly && /^\p{Lu}\p{Ll}/u.test(name) && /^\)(?! \p{Lu})/u.test(after)) return true;
  // "(Mitchel 1861)", "(Kinealy 1994, 98)": the year of an author–year citation.
  if (
    yearOnly &&
    /\(\p{Lu}[\p{L}'’-]+(?: (?:and|&) \p{Lu}[\p{L}'’-]+| et al\.?)? $/u.test(before) &&
    /^[),;:]/.test(after)
  )
    return true;
  const range = number.text.match(/^(\d+)\s?[–-]\s?(\d+)$/);
  if (!range) return false;
  const [low, high] = [Number(range[1]), Number(range[2])];
  for (const other of (text.slice(0, number.start) + " " + text.slice(number.end)).matchAll(
    /(?<!\d)(\d+)\s?[–-]\s?(\d+)/g,
  )) {
    if (Number(other[2]) === low - 1 || Number(other[1]) === high + 1) return true;
  }
  return false;
}

/** ", Ethiopia, India, Mexico and Morocco": the sentence's list goes on past the one found. */
function listGoesOn(after: string): boolean {
  if (!after.startsWith(",")) return false;
  const clause = after.split(/[;.:]/)[0];
  const commas = clause.split(",").length - 1;
  return (
    / and /.test(clause) &&
    commas >= 1 &&
    clause
      .split(" and ")[0]
      .split(",")
      .every((part) => part.length <= 60)
  );
}

/** "wet and dry seasons", "public and private": a pair anyone completes from its first half. */
const STOCK_PAIRS = new Set(
  [
    "wet dry",
    "hot cold",
    "high low",
    "old new",
    "large small",
    "big small",
    "rich poor",
    "public private",
    "early late",
    "short long",
    "direct indirect",
    "male female",
    "urban rural",
    "internal external",
    "positive negative",
    "natural artificial",
    "formal informal",
    "upper lower",
    "inner outer",
    "domestic foreign",
    "local national",
    "input output",
    "supply demand",
    "men women",
    "boys girls",
    "children adults",
    "adults children",
    "special general",
    "day night",
  ].flatMap((pair) => [pair, pair.split(" ").reverse().join(" ")]),
);

/** "the US Food and Drug Administration": capitals on both sides of "and" make one name. */
function joinsOneName(segment: string): boolean {
  // "Physiology or Medicine": two capitalised words joined by "or" name one thing.
  if (/^\p{Lu}\p{Ll}+ or \p{Lu}\p{Ll}+$/u.test(segment)) return true;
  const parts = segment.split(/ (?:and|&) /);
  return parts.slice(1).some((part, i) => /^\p{Lu}\S* \p{Lu}/u.test(part) && /\s\p{Lu}\S*$/u.test(parts[i]));
}

/**
 * A coordination that is no list of things to recall: a stock pair, items that share one head noun
 * ("shallow domestic and irrigation wells", "state and local law"), a clause among the items
 * ("as the water table drops, …"), an "of" phrase's objects ("layers of clay and silt"), or a paper's
 * authors.
 */
function sharesHeadOrRunsOn(list: Span & { items: string[] }, text: string, tokens: Token[]): boolean {
  const words = list.items.map((item) => item.split(/\s+/));
  const tagAt = (offset: number) => tokens.find((t) => t.start <= offset && t.end > offset)?.tag;
  let from = list.start;
  const endTags: (string | undefined)[] = [];
  for (const item of list.items) {
    const at = text.indexOf(item, from);
    // "the water table drops": a finite verb; "cancer cell escape" is a noun the tagger may call a verb.
    endTags.push(/(?:[^s]s|ed)$/.test(item) ? tagAt(at + item.length - 1) : undefined);
    from = at + item.length;
  }
  const lastTags = list.items.map((item) => tagAt(text.indexOf(item, list.start) + item.length - 1));
  return (
    (list.items.length === 2 && words[0].length === 1 && words[1].length >= 2) ||
    // "…, shallow domestic and irrigation wells": an item that ends on an adjective shares the next one's noun.
    (lastTags.some((tag) => tag === "ADJ") && !lastTags.every((tag) => tag === "ADJ")) ||
    (list.items.length === 2 && STOCK_PAIRS.has(list.items.map((item) => item.toLowerCase()).join(" "))) ||
    endTags.some((tag) => tag === "VERB") ||
    (list.items.length === 2 && / of /.test(list.items[0])) ||
    // "described by O'Neil, Cheng and Gawlick", "Chambers and Mingay (1966) went further": authors.
    ((/\bby $/.test(text.slice(0, list.start)) || /^ \((?:19|20)\d{2}/.test(text.slice(list.end))) &&
      list.items.every((item) => /^\p{Lu}[\p{L}'’-]+$/u.test(item))) ||
    // "the US Food and Drug Administration": one name, not two items.
    joinsOneName(text.slice(list.start, list.end))
  );
}

/**
 * The blank and answer of a list: "had no standing army, no common treasury and no permanent
 * officials" keeps "no" in the prompt; "a large body of behavioural, electrophysiological and imaging
 * evidence" asks for the three adjectives and keeps "a large body of" and "evidence".
 */
function listAnswer(list: Span & { items: string[] }, text: string): { span: Span; items: string[] } {
  let { start, end } = list;
  // "optic neuritis, and visual acuity": the item starts after its "and".
  let items = list.items.map((item) => item.replace(/^(?:and|or)\s+/i, ""));
  if (items[0] !== list.items[0]) start += list.items[0].length - items[0].length;
  if (items.every((item) => /^no\s/i.test(item))) {
    start += 3;
    items = items.map((item) => item.slice(3));
  }
  // The tagger reads "current" in "depth of discharge, current and temperature" as an adjective:
  // only words with an adjective's ending count.
  const middle = items.slice(1, -1);
  const adjectives =
    middle.length > 0 && middle.every((item) => /^[a-z-]+(?:al|ic|ive|ous|ary|ful|less|able|ible)$/.test(item));
  if (adjectives && / of /.test(items[0])) {
    start += items[0].lastIndexOf(" of ") + 4;
    items[0] = items[0].slice(items[0].lastIndexOf(" of ") + 4);
  }
  const last = items[items.length - 1].split(" ");
  if (adjectives && last.length === 2) {
    end -= last[1].length + 1;
    items[items.length - 1] = last[0];
  }
  return { span: { start, end, text: text.slice(start, end) }, items };
}

/** Every knowledge card one wording supports; the ranker scores them afterwards. */
/**
 * "Scrub with soap and running water for at least 15 minutes", "Never use a gas oven to heat your home":
 * an instruction to the page's reader, which a card cannot ask without its situation (2 of 16 such cards
 * were acceptable on four unseen sets).
 */
export function isInstruction(text: string): boolean {
  if (/^(?:do not|don't|never|always|please)\b/i.test(text)) return true;
  // "Defrost cycle: a short period when…": a glossary line's term, not a command.
  if (/^[^:.]{1,40}:\s/.test(text)) return false;
  const [first, second] = taggedTokens(text);
  if (!first || !/^[A-Z][a-z]+$/.test(text.split(/\s/)[0])) return false;
  // ("Scrub the wound…": the tagger may read a command's verb as a noun, but a noun seldom opens on "the".)
  const base =
    !/(?:ing|ed|s)$/.test(first.word) &&
    (first.tag === "VERB" || (first.tag === "NOUN" && /^(?:the|a|an|your|any|all|it|them)$/.test(second?.word ?? "")));
  // "Have chimneys checked…": an imperative "have" before its object.
  const causative = first.word === "have" && ["NOUN", "DET", "ADJ"].includes(second?.tag ?? "");
  return base || causative;
}

export function knowledgeCards(context: CardContext, wording: Wording): ShapedCandidate[] {
  const text = wording.text;
  if (isInstruction(text)) return [];
  const cards: (ShapedCandidate | null)[] = [];
  const taken: Span[] = [];
  const causes = causeQuestions(text);
  const causeFirst = causes.some((cause) => cause.causeFirst);
  for (const cause of causes) cards.push(make(context, wording, "relation", cause.type, cause.prompt, cause.answer));
  if (causeFirst) taken.push({ start: 0, end: text.length, text });

  cards.push(...definitionCards(context, wording));

  const reasons = causeFirst ? null : findReasons(text);
  if (reasons) {
    const hint = ` (${NUMBER_WORDS[reasons.items.length]} reasons)`;
    cards.push(clozeCard(context, wording, "list", reasons, reasons.items.join("; "), hint));
    taken.push(reasons);
  }
  // "Higher policy rates _____ (two things)" fits many pairs; "Without the algae, corals _____" fits one.
  const actions =
    causeFirst || reasons || !/^(?:Without|When|During|After|Once|Under|At)\b[^,]{3,80},/.test(text)
      ? null
      : findActions(text);
  if (actions) {
    cards.push(clozeCard(context, wording, "list", actions, actions.items.join("; "), " (two things)"));
    taken.push(actions);
  }

  const marked = findMarkedList(text);
  if (marked) {
    const hint = ` (${NUMBER_WORDS[marked.items.length] ?? marked.items.length} items)`;
    cards.push(clozeCard(context, wording, "list", marked, marked.items.join("; "), hint));
    taken.push(marked);
  }
  const colonList = marked ? null : findColonList(text);
  if (colonList) {
    const hint = ` (${NUMBER_WORDS[colonList.items.length] ?? colonList.items.length} items)`;
    const card = clozeCard(context, wording, "list", colonList, colonList.items.join("; "), hint);
    cards.push(card);
    if (card && !card.rejected) taken.push(colonList);
  }
  const tokens = taggedTokens(text);
  for (const list of marked ? [] : findLists(text)) {
    if (taken.some((t) => overlaps(t, list))) continue;
    // "wild bees and other insect pollinators": a catch-all item is nothing to recall; nor is "impact the process".
    if (list.items.some((item) => /^(?:other|various|many|several|some|further|additional)\b/i.test(item))) continue;
    if (list.items.some((item) => GENERIC_EFFECT.test(item))) continue;
    // "Girardeau and colleagues", "crater lakes or melting snow and ice": not a list of things to recall.
    if (/^(?:colleagues|co-?workers|others)\b/i.test(list.items[list.items.length - 1])) continue;
    if (list.items.some((item) => / or /.test(item))) continue;
    // "administrative records, not literature, history or letters": what something is not is no list.
    if (list.items.some((item) => /^not\s/i.test(item))) continue;
    // "to choose between food and their holdings": the pair's first item swallowed its verb.
    if (/\s(?:between|among)\s/.test(list.items[0])) continue;
    // "Beyond the kidney, MR activation in cardiomyocytes, fibroblasts…": the first item is an opening
    // phrase's object; "severe storms or periods of high wind": the last item goes on.
    if (
      /^(?:beyond|besides|apart from|unlike|like|in|at|on|for|after|before|among|despite|with|without|during|across|within|outside)\s+(?:the\s+)?$/i.test(
        text.slice(0, list.start),
      )
    )
      continue;
    // ("foraging and navigation of honeybees" shares its "of"; alternatives joined by "or" seldom do.)
    if (/^ of /.test(text.slice(list.end)) && / or \S+$/.test(text.slice(list.start, list.end))) continue;
    // "probes for more bandwidth and the 0.75 phase drains…": the last item is the next clause's subject.
    const following = tokens.find((t) => t.start > list.end);
    if (
      /\b(?:for|to|of|in|on|with|from|by)\s+$/i.test(text.slice(0, list.start)) &&
      following?.tag === "VERB" &&
      /[^s]s$/.test(following.word)
    )
      continue;
    // "Trevelyan and the Chancellor, Charles Wood, held…": the last item's name follows it.
    if (/^, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+,/u.test(text.slice(list.end))) continue;
    // "(1956), edited by Edwards and Williams": a book's credits, not a list to recall.
    if (list.items.some((item) => /^(?:edited|written|published|translated|directed|compiled) by\b/i.test(item)))
      continue;
    // "crater lakes or melting snow and ice": one coordination inside another.
    if (/^ (?:and|or) /.test(text.slice(list.end)) || / (?:and|or) $/.test(text.slice(0, list.start))) continue;
    // "heterogeneity within tumors and metastatic lesions": where, not what; the reader fills it in.
    if (/\b(?:within|among|across|throughout)\s+(?:the\s+)?$/i.test(text.slice(0, list.start))) continue;
    // "older adults, people with cardiovascular and respiratory disease, outdoor workers, and…": the
    // real list goes on past this one, which split an item.
    if (listGoesOn(text.slice(list.end))) continue;
    // "did not raise default rates and attracted new clients": a noun phrase and a clause are no list.
    const opens = list.items.map((item) => tokens.find((t) => t.start === text.indexOf(item, list.start))?.tag);
    // (In a longer list, "altered signaling pathways" is a participle on a noun, not a clause.)
    if (list.items.length === 2 && opens[1] === "VERB" && opens[0] !== "VERB") continue;
    // "chiefly water vapour, carbon dioxide and…": the first item began a word earlier.
    const before = tokens.filter((t) => t.end <= list.start).pop();
    if (before && before.end === list.start - 1 && (before.tag === "NOUN" || before.tag === "PROPN")) continue;
    if (sharesHeadOrRunsOn(list, text, tokens)) continue;
    // "from passivated emitter and rear cell (PERC)": an abbreviated name, not a list.
    if (/^ \([A-Z]{2,}/.test(text.slice(list.end))) continue;
    // "takes flood defences and their condition into account": the verb's particle closes the last item.
    if (/ (?:into account|into consideration|in mind|for granted)$/.test(list.items[list.items.length - 1])) continue;
    // "spring corn (barley, oats, peas and beans)": examples inside an aside; "firewood from the heath,
    // gleaning after harvest, geese and pigs": a list inside a bigger one.
    const opened = text.slice(0, list.start);
    if ((opened.match(/\(/g) ?? []).length > (opened.match(/\)/g) ?? []).length) continue;
    if (/,[^,;]{1,40},[^,;]{1,40}\b(?:after|from|of|on|in|for|with|at|to|by)\s(?:the\s)?$/.test(opened)) continue;
    // "Audiometry, timely amplification and referral for implantation should be…": a subject list's last item runs to its verb.
    if (list.start <= 2 && /^ (?:for|of|in|on|with|to) /.test(text.slice(list.end))) continue;
    // "more common in older women than men and a history of…": a comparison, not a list.
    if (/\bthan $/.test(text.slice(0, list.start))) continue;
    // "with men and a history of noise exposure": the last item, with an article of its own, goes on.
    const lastAt = text.lastIndexOf(list.items[list.items.length - 1], list.end);
    if (
      /^ (?:of|in|for|with) /.test(text.slice(list.end)) &&
      /\b(?:a|an|the) $/.test(text.slice(0, lastAt)) &&
      !/^(?:a|an|the) /i.test(text.slice(list.start))
    )
      continue;
    // "needs no recursion or separate stack": one "no" over both.
    if (/^no\s/i.test(list.items[0]) && !list.items.every((item) => /^no\s/i.test(item))) continue;
    // "…global variables and references held by the runtime": the last item goes on past the list.
    if (
      /^ (?:held|used|made|given|taken|found|stored|kept|created|produced|known|called|owned|managed) (?:by|in|on|at|for|to)\b/.test(
        text.slice(list.end),
      )
    )
      continue;
    const hint = ` (${NUMBER_WORDS[list.items.length] ?? list.items.length} items)`;
    // "had no standing army, no common treasury and no permanent officials": the "no" tells what is asked.
    const { span, items } = listAnswer(list, text);
    cards.push(
      clozeCard(context, wording, "list", span, items.map((item) => item.replace(/["”“]/g, "")).join("; "), hint),
    );
    taken.push(list);
  }
  // "Storing at 50% and 25 °C instead of 100% and 40 °C can halve its loss": the effect is the finding, the
  // figures are its conditions.
  const magnitudes = findMagnitudes(text);
  for (const magnitude of magnitudes) {
    if (taken.some((t) => overlaps(t, magnitude))) continue;
    cards.push(clozeCard(context, wording, "number", magnitude, magnitude.text));
    taken.push(magnitude);
  }
  for (const number of magnitudes.length > 0 ? [] : findNumbers(text)) {
    if (taken.some((t) => overlaps(t, number))) continue;
    // "a meta-analysis of 32 studies … by _____" → 32%: the prompt shows the answer's number.
    const digits = number.text.match(/\d[\d.,]*/)?.[0]?.replace(/[.,]$/, "");
    const rest = text.slice(0, number.start) + text.slice(number.end);
    // ("148 Bq/m³" does not show "4 pCi/L": the same figure, not the same digit.)
    if (digits && new RegExp(`(?<![\\d.,])${escapeRegExp(digits)}(?![\\d]|[.,]\\d)`).test(rest)) continue;
    if (guessedFromOtherNumbers(number.text, rest)) continue;
    if (isBookkeepingNumber(text, number)) continue;
    // "uranium-238" is no blank, and leaves its phrase free for a relation's.
    const card = clozeCard(context, wording, "number", number, number.text);
    cards.push(card);
    if (card) taken.push(number);
  }
  for (const relation of findRelations(text)) {
    if (taken.some((t) => overlaps(t, relation))) continue;
    cards.push(clozeCard(context, wording, "relation", relation, relation.text));
    taken.push(relation);
  }
  // What a plain statement says: its purpose, then its main verb's object (after any article).
  // ("Testing is the only way to _____" → "know whether…" is common sense; "Do not boil water to _____"
  // asks what not to expect.)
  const purpose = findPurpose(text);
  const plainPurpose =
    purpose &&
    !/^(?:know|tell|find out|see|check|make sure|be sure)\b/i.test(purpose.text) &&
    !/^(?:do not|don't|never)\b/i.test(text)
      ? purpose
      : null;
  for (const found of [plainPurpose, findObject(text)]) {
    if (!found || taken.some((t) => overlaps(t, found))) continue;
    const determiner = found.text.match(/^(?:the|a|an|its|their|his|her|our)\s+/i)?.[0] ?? "";
    const span = { start: found.start + determiner.length, end: found.end, text: found.text.slice(determiner.length) };
    // "to choose between food and their holdings": one choice, not two items.
    const parts = /\b(?:between|among)\s/.test(found.text) ? [found.text] : objectItems(found.text);
    const card =
      parts.length === 2
        ? clozeCard(context, wording, "list", found, parts.join("; "), " (two items)")
        : clozeCard(context, wording, "relation", span, span.text);
    if (!card || card.rejected) continue;
    cards.push(card);
    taken.push(span);
  }
  // The noun phrase that carries new information about the topic, not the topic's own name.
  for (const gap of gapsOf(text, context)) {
    const end = gap.index + gap.surface.length;
    const usable =
      gap.score < 1 &&
      // A phrase most claims mention ("cancer cells") is guessed, not learned.
      (context.phraseClaimCount.get(normaliseTerm(gap.surface)) ?? 1) <= Math.max(1, context.claimCount * 0.2) &&
      !isFiller(gap.surface) &&
      !/[,;:]/.test(gap.surface) &&
      wordCount(gap.surface) >= 2 &&
      wordCount(gap.surface) <= 3 &&
      !taken.some((t) => overlaps(t, { start: gap.index, end, text: "" }));
    if (!usable) continue;
    let start = gap.index;
    // "deformed wing virus": modifiers the tagger left out belong to the blank.
    for (let i = tokens.findIndex((t) => t.start === start) - 1; i >= 0; i--) {
      const previous = tokens[i - 1];
      const participle =
        /ed$/.test(tokens[i].word) &&
        (tokens[i].tag === "VERB" || tokens[i].tag === "NOUN") &&
        !["NOUN", "PROPN", "PRON"].includes(previous?.tag ?? "");
      const adjective = tokens[i].tag === "ADJ" && !QUANTIFIERS.has(tokens[i].word);
      if (!adjective && !participle) break;
      start = tokens[i].start;
    }
    const next = tokens.find((t) => t.start >= end);
    // "… or infectious-disease physician reviews active prescriptions": the last word was the verb.
    const swallowedVerb = /[^s]s$/.test(gap.surface) && !!next && ["DET", "ADJ", "NOUN"].includes(next.tag);
    // "buy reefs time": a plural noun inside a phrase is two objects, not one compound.
    const twoObjects = gap.surface
      .split(/\s+/)
      .slice(0, -1)
      .some((word) => /[^siu]s$/.test(word));
    if (swallowedVerb || twoObjects) continue;
    const span = { start, end, text: text.slice(start, end) };
    // "before their roots have spread into the _____" → surrounding soil: a phrase of everyday words is
    // what common sense fills in; a term of the field ("hereditary usufruct") is what the article taught.
    if (!hasTermOfTheField(span.start === 0 ? span.text.charAt(0).toLowerCase() + span.text.slice(1) : span.text))
      continue;
    const card = clozeCard(context, wording, "phrase", span, span.text);
    if (card) {
      cards.push(card);
      break;
    }
  }
  return cards.filter((card): card is ShapedCandidate => !!card);
}
