/**
 * Definitions in a sentence: "X, the Y of Z, …", "X, where …", "X, which are Y",
 * "X refers to Y", "X is a process where …". A definition becomes two cards,
 * term → meaning and meaning → term.
 */
import { EVALUATIVE, isFiller } from "../discourse";
import { GLOSS, NOT_A_TERM } from "../glossary";
import { isKnownWord, taggedTokens } from "../nlp";
import { findLists } from "./spans";
import { escapeRegExp, FUNCTION_WORDS, wordCount } from "../text";

export interface Definition {
  term: string;
  /** The term as a question names it, with its article when the sentence had one ("the cog"). */
  shown: string;
  meaning: string;
  /** "where" definitions describe what happens; the others say what the term is. */
  kind: "is" | "where";
  /** A glossary line ("Defrost cycle: a short period…"), whose terms are written without their article. */
  glossary?: boolean;
}

const TERM = String.raw`((?:[A-Z][\w'-]*|[a-z][\w'-]*)(?:\s+[\w'-]+){0,4}(?:\s+\([A-Z][\w-]{1,9}\))?)`;
const APPOSITIVE_AT_START = new RegExp(String.raw`^${TERM},\s+((?:the|a|an)\s+[^,;]{8,140}?),\s+(?:\w+ly\s+)?[a-z]+`);
const WHERE_CLAUSE =
  /(?<![\w'-])([\w'-]+(?:\s+[\w'-]+){0,4}(?:\s+\([A-Z][\w-]{1,9}\))?),\s+(?:where|in which|whereby)\s+([^,;]{10,160})/;
const WHICH_IS = new RegExp(
  String.raw`(?<![\w'-])${TERM},\s+(?:which (?:is|are)|i\.e\.,?|meaning|defined as|also known as)\s+([^,;]{6,140})[,;.]`,
);
const REFERS_TO = new RegExp(
  String.raw`^(?:the (?:concept|term|notion) of (?:an? |the )?)?${TERM}\s+(?:refers to|is defined as|denotes|describes|means(?! that))\s+([^;,]{6,160}(?:,[^;,]{1,80}){0,3}?)(?:, (?:usually|typically|often|commonly|generally|mostly)\b[^;]{0,200})?[.;]?$`,
  "i",
);
const IS_A_WHERE = new RegExp(
  String.raw`^${TERM}\s+(?:is|are)\s+((?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:process|state|phenomenon|mechanism|condition|method|technique|measure|practice|policy|process)(?:es)?\s+(?:where|in which|whereby|that|which|by which)\s+[^,;]{6,140})`,
  "i",
);

/** "…described by the sky view factor, defined as…": the term starts after the preposition. */
const LEADING_PREPOSITION = /^(?:by|of|in|on|to|from|with|as|for|at|into|through)\s+/i;
/** "In humid regions, where…" says where something happens, not what a term means. */
const PLACES = new Set(
  "regions region areas area cities city countries country places place sites zones towns parts".split(" "),
);

const TERM_VERBS = new Set(
  "is are was were has have had causes cause caused leads lead makes made increases reduces shows showed produces prevents requires needs gives takes affects remains became becomes".split(
    " ",
  ),
);

/** The term without quotes and a leading article; null when it is not a term worth asking for. */
function cleanTerm(term: string): string | null {
  const cleaned = term
    .replace(LEADING_PREPOSITION, "")
    .replace(/^(?:the|a|an)\s+(?=\S)/i, "")
    .replace(/^(?:concept|term|notion|phenomenon) of (?:an? |the )?/i, "")
    .replace(/['‘’"“”]/g, "")
    .trim();
  // "-tree variant" is what is left of "B+-tree variant".
  if (!cleaned || !/^[\p{L}\p{N}]/u.test(cleaned) || isFiller(cleaned) || wordCount(cleaned) > 6) return null;
  // "Isoniazid causes peripheral neuropathy, which is…", "Hippocrates described podagra, …": a term with a
  // verb in it is a clause; "response to this crisis" points elsewhere.
  const words = cleaned.split(/\s+/).slice(1);
  if (
    words.some(
      (word) =>
        TERM_VERBS.has(word.toLowerCase()) || /^[a-z]+ed$/.test(word) || /^(?:this|these|that|those)$/i.test(word),
    )
  )
    return null;
  if (
    /^(this|these|that|those|it|they|such|its|their|his|her|our|abroad|here|there|today|now|another|further|other)\b/i.test(
      cleaned,
    )
  )
    return null;
  return cleaned;
}

/** Adjectives of emphasis: "a critical process where…" defines the process, not its importance. */
const EMPHASIS = new Set(
  "crucial critical key vital pivotal essential important significant major prime remarkable profound promising transformative formidable fascinating".split(
    " ",
  ),
);

/** The meaning without evaluative adjectives ("a critical process where…" → "a process where…"). */
function cleanMeaning(meaning: string): string {
  // "loss of spiral ganglion neurons and is characterised by…": the meaning ends where the predicate goes on.
  const goesOn = meaning.search(/ and (?:is|are|was|were|has|have) /);
  return (goesOn > 0 ? meaning.slice(0, goesOn) : meaning)
    .replace(/['‘’"“”]/g, "")
    .split(/\s+/)
    .filter((word, i, words) => {
      const lower = word.toLowerCase();
      // Only adjectives before the head noun: keep nouns such as "process".
      return !(EMPHASIS.has(lower) && i < words.length - 1 && i < 3);
    })
    .join(" ")
    .replace(/(?<!\s)\s+([,.;])/g, "$1")
    .replace(/(?<![.;,])[.;,]+$/, "")
    .trim();
}

/** "Circulating Tumor Cells (CTCs)" → "cells". */
function headNoun(term: string): string {
  const words = term
    .replace(/\([^()]*\)$/, "")
    .trimEnd()
    .split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

/** The noun phrase that ends `text`: the words after its last verb, preposition or article. */
function trailingPhrase(text: string): string {
  const parts = text.split(/\b(?:is|are|was|were|be|of|in|on|the|a|an|as|by|to|from|with|and|or|its|their)\s+/i);
  return parts[parts.length - 1];
}

/** "The concept of a 'metastatic niche' is crucial; it refers to …": the second clause defines the first's term. */
const IT_REFERS_TO =
  /^(?:\w+, )?(?:the (?:concept|notion|idea|term) of (an? |the )?)?['‘"“]?([\w-]+(?: [\w-]+){0,5}?)['’"”]? (?:is|are|remains)\b[^;]{0,60}; (?:it|this) (?:refers to|describes|denotes|means) ([^.;]{6,160})/i;

/** "Circulating tumor cells (CTCs), shed from the primary tumor into the bloodstream, are…": the participle says what they are. */
const PARTICIPLE_APPOSITIVE = new RegExp(
  String.raw`^${TERM},\s+((?:[a-z]+ed|shed|made|found|known|grown|built|taken|given|drawn|born|spread|thrown)\s+(?:from|into|by|in|on|at|through|within)\s+[^,;]{6,120}),\s+(?:\w+ly\s+)?(?:is|are|was|were|act|acts|serve|serves|remain|remains|can|may)\b`,
);

/**
 * "Presbycusis is a bilateral, progressive sensorineural hearing loss that affects high frequencies
 * first", "Finerenone is a nonsteroidal, selective MRA": a term of the field and the kind it is.
 */
const IS_A_KIND = /^([A-Z][\w'-]*(?:\s[\w'-]+){0,3}(?:\s\([A-Z][\w-]{1,9}\))?)\s(?:is|are)\s(an?\s[^;]{8,200}?)\.?$/;

const MEANS_THAT = new RegExp(String.raw`^${TERM}\s+means that\s+([^;]{6,160}?)[.;]?$`, "i");

function isKindDefinition(term: string, meaning: string): boolean {
  if (/^the\s/i.test(term) || /\b(?:this|these|its|their)\b/i.test(meaning)) return false;
  // "a major cause of…", "a key driver": emphasis, not a kind.
  const firstWord =
    meaning
      .split(/\s+/)[1]
      ?.toLowerCase()
      .replace(/[^a-z-]/g, "") ?? "";
  if (EVALUATIVE.has(firstWord) || /^(?:common|leading|growing|serious|useful|good|bad|big|small)$/.test(firstWord))
    return false;
  const ofTheField = term
    .replace(/\s\([^()]*\)$/, "")
    .split(/[\s-]+/)
    .some((word, i) => (i > 0 && /^[A-Z]/.test(word)) || /[A-Z]{2}|\d/.test(word) || !isKnownWord(word.toLowerCase()));
  return ofTheField || /\s(?:that|which|in which|whose|where)\s/.test(meaning);
}

export function findDefinition(sentence: string): Definition | null {
  const attempts: [RegExp, Definition["kind"]][] = [
    [IT_REFERS_TO, "is"],
    [APPOSITIVE_AT_START, "is"],
    [REFERS_TO, "is"],
    [IS_A_WHERE, "is"],
    [WHICH_IS, "is"],
    [PARTICIPLE_APPOSITIVE, "is"],
    [WHERE_CLAUSE, "where"],
    [MEANS_THAT, "where"],
    [GLOSS, "is"],
    [IS_A_KIND, "is"],
  ];
  for (const [pattern, kind] of attempts) {
    const match = sentence.match(pattern);
    if (!match) continue;
    if (pattern === GLOSS && NOT_A_TERM.test(match[1])) continue;
    // "FcεRI" read as "RI": a term is a whole word.
    if ((pattern === WHERE_CLAUSE || pattern === WHICH_IS) && /\p{L}/u.test(sentence.charAt((match.index ?? 0) - 1)))
      continue;
    // "Lübeck is a city": only a term of the field, or a kind narrowed by what it does, defines anything.
    if (pattern === IS_A_KIND && !isKindDefinition(match[1], match[2])) continue;
    if (pattern === IT_REFERS_TO) {
      const term = cleanTerm(match[2] ?? "");
      if (!term) continue;
      const shown = match[1] ? `${match[1].trim().toLowerCase()} ${term}` : term;
      return { term, shown, meaning: cleanMeaning(match[3]), kind };
    }
    // "A complementary account, the synaptic homeostasis hypothesis, argues…": the name is the apposition.
    if (pattern === APPOSITIVE_AT_START && /^(?:a|an)\s/i.test(match[1]) && /^the\s/i.test(match[2])) continue;
    // "In effect, the Gregory clause forced…", "Regardless of aetiology, the principal source…": an opening
    // adverbial, not a term.
    if (
      pattern === APPOSITIVE_AT_START &&
      (LEADING_PREPOSITION.test(match[1]) ||
        /^(?:regardless|irrespective|despite|over|under|after|before|during)\b/i.test(match[1]))
    )
      continue;
    // "Diagnosis proceeds in three steps: case detection, …": a list's lead-in, not a term.
    if (pattern === GLOSS && /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z]+s\b/i.test(match[1]))
      continue;
    // "uranium-238, which is present in nearly all rock": a property, not what the term is.
    if (
      pattern === WHICH_IS &&
      /^which (?:is|are)\b/.test(sentence.slice(sentence.indexOf(match[1]) + match[1].length).replace(/^,\s+/, ""))
    ) {
      const [first, second] = taggedTokens(match[2]);
      const namesAKind =
        first &&
        (["DET", "NOUN", "PROPN"].includes(first.tag) ||
          (first.tag === "ADJ" && ["NOUN", "ADJ"].includes(second?.tag ?? "")));
      if (!namesAKind) continue;
    }
    // "…caused by mutations in CLCN2, which is a chloride channel": the clause is about the nearest noun.
    const term = cleanTerm(pattern === WHERE_CLAUSE || pattern === WHICH_IS ? trailingPhrase(match[1]) : match[1]);
    // "paces packets at about BtlBw, which is…": what a thing does, not a term.
    if (
      (pattern === WHERE_CLAUSE || pattern === WHICH_IS) &&
      term &&
      /\s(?:at|about|with|by|from|to|for)\s/i.test(` ${term} `)
    )
      continue;
    let meaning = cleanMeaning(match[2]);
    // "shed from the primary tumor…" says what kind of thing only with the term's own head noun.
    if (pattern === PARTICIPLE_APPOSITIVE && term) {
      if (headNoun(term) === term.toLowerCase()) continue; // "Exosomes, released from…": no kind to name
      meaning = `${headNoun(term)} ${meaning}`;
    }
    // "tents Boats": two lines run together, not one term.
    if (term && /\b[a-z]{2,}\s[A-Z][a-z]/.test(term)) continue;
    // "0.13 L" gives the term "L".
    if (!term || term.length < 2 || isFiller(meaning) || wordCount(meaning) < 3) continue;
    // "the labour laws, which were laws enforced by…": a meaning that opens on the term's own noun says little.
    const termHead = term.split(/\s+/).pop()!.toLowerCase();
    if (
      meaning
        .split(/\s+/)
        .slice(0, 3)
        .some((word) => word.toLowerCase() === termHead)
    )
      continue;
    // "Pettegree described this as…" describes a pointer; "in humid regions, where…" a place.
    if (/^(?:this|these|that|those|it|them|him|her)\b/i.test(meaning)) continue;
    // "…de aquaeductibus, in which he complained…": a meaning about someone the card does not name.
    if (/\b(?:he|she|his|him|her)\b/i.test(meaning)) continue;
    if (kind === "where" && PLACES.has(headNoun(term))) continue;
    // "a collective and above all incremental enterprise, in which…": a term opens on a noun or its modifier.
    if (/^(?:above all|in particular|especially|mainly|largely|mostly|also|even|only|more|most)\b/i.test(term))
      continue;
    // "the timing of dialysis, where…": the clause is about the whole phrase, not its last noun.
    if (kind === "where" && new RegExp(`\\bof\\s+(?:the\\s+)?${escapeRegExp(term)}\\W*$`, "i").test(match[1])) continue;
    // "In India, where labour was cheap…" is a place too; "where the name C4 comes from" no meaning.
    const place =
      /^[A-Z][a-z]+$/.test(term) ||
      /\b(?:in|at|on|across|from|to|into|near|throughout)\s+$/i.test(sentence.slice(0, sentence.indexOf(match[1])));
    if (kind === "where" && place) continue;
    if (
      /^(?:where|when|why|how|what|if|because|although|while|unless|you|your|we|most|many|some|all|each|every|there|it|they)\b/i.test(
        meaning,
      )
    )
      continue;
    // "Zero-rate VAT: in Great Britain, the installation of…", "To count as permitted development: the noise…":
    // a statement or a condition, not a term and its meaning.
    if (pattern === GLOSS && (/^(?:in|on|at|for|from|by|with|under)\s/i.test(meaning) || /^to\s/i.test(match[1])))
      continue;
    // "Galvanized steel: dull gray, and scratching…", "Plastic: white, black or blue": a look, not a meaning.
    if (pattern === GLOSS) {
      const [first, second] = taggedTokens(meaning);
      if (first?.tag === "ADJ" && second?.tag !== "NOUN") continue;
    }
    // "Plant: targeting new street trees at…": a strand of action, not a term's meaning.
    if (pattern === GLOSS && !/\s/.test(term) && /^[a-z]+ing\b/.test(meaning)) continue;
    // The term must end in a noun ("Abroad, the league…" is an adverb, not a term).
    const tokens = taggedTokens(term.replace(/(?<!\s)\s*\([^()]*\)$/, ""));
    const lastTag = tokens[tokens.length - 1]?.tag;
    if (lastTag !== "NOUN" && lastTag !== "PROPN" && !/^[A-Z]{2,}/.test(term)) continue;
    // A meaning cut at a list's comma runs to the list's end ("the optimal choice, dose, route and duration").
    const at = sentence.indexOf(match[2]);
    const lists = findLists(sentence);
    // "…pamphlets, a recognisable visual brand, woodcut propaganda and communal reading": an enumeration.
    if (lists.some((l) => l.start <= at && l.end > at)) continue;
    const list = lists.find((l) => l.start < at + match[2].length && l.end > at + match[2].length);
    if (list) meaning = cleanMeaning(sentence.slice(at, list.end));
    // "…keeps an in" (-memory): a meaning cut before its last word.
    if (FUNCTION_WORDS.has(meaning.split(/\s+/).pop()?.toLowerCase() ?? "")) continue;
    // "DAPA-CKD, in which a third of participants…": a trial or product named by what happened in it is no term.
    if (kind === "where" && /^[A-Z0-9-]{3,}$/.test(term)) continue;
    const article = match[1]
      .replace(LEADING_PREPOSITION, "")
      .match(/^(the|a|an)\s/i)?.[1]
      .toLowerCase();
    return {
      term,
      shown: article && kind === "is" && !/^(the concept)/i.test(match[1]) ? `${article} ${term}` : term,
      meaning,
      kind,
      glossary: pattern === GLOSS,
    };
  }
  return null;
}
