/**
 * The parts of a sentence that carry knowledge: enumerations, numbers with
 * their units, and causes or effects. Each is a span of the sentence that a
 * card can blank; spans never cross a clause boundary.
 */
import { isFiller } from "../discourse";
import { taggedTokens, type Token } from "../nlp";
import { FUNCTION_WORDS } from "../text";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ListSpan extends Span {
  items: string[];
}

/** Where a list's first item begins: after the verb, preposition or "including" that introduces it. */
const LIST_TRIGGER_TAGS = new Set(["VERB", "AUX", "ADP", "SCONJ"]);
const NOT_TRIGGERS = new Set(["of", "-"]);
const BOUNDARY_WORDS = new Set([
  "which",
  "that",
  "while",
  "whereas",
  "where",
  "although",
  "though",
  "but",
  "yet",
  "because",
  "since",
  "so",
  "if",
  "when",
  "unless",
]);
const MAX_ITEM_WORDS = 7;
const LAST_ITEM_END = new Set(["without", "before", "after", "despite", "instead", "until", "unless", "because"]);
/** "… regional circles, such as A, B and C": the list starts after "such as", "including" or "e.g.". */
const LIST_INTRO = /\b(?:such as|including|like|e\.g\.)\s/;
const MAX_LAST_ITEM_WORDS = 10;

const isPunct = (t: Token) => t.tag === "PUNCT" || /^[,;:.!?()]$/.test(t.word);
const wordsOf = (tokens: Token[]) => tokens.filter((t) => !isPunct(t) || t.word === "-").length;
const startsWithVerb = (tokens: Token[]) => verbLike(tokens[0]) && !(tokens[0].tag !== "VERB" && tokens.length === 1);
const endsWithNoun = (tokens: Token[]) => {
  const last = tokens[tokens.length - 1];
  return !!last && (last.tag === "NOUN" || last.tag === "PROPN");
};

function spanOf(sentence: string, tokens: Token[]): Span {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, text: sentence.slice(start, end) };
}

/** Drops a leading article or possessive: the item is "genetic heterogeneity", not "the genetic heterogeneity". */
function itemText(sentence: string, tokens: Token[]): string {
  const text = spanOf(sentence, tokens).text;
  return text.replace(/^(?:the|a|an|their|its|both|either)\s+/i, "");
}

/**
 * The first item of a list: the end of `segment` after the last word that introduces it.
 * A verb list starts at its own verb ("can prime niches, foster…" → "prime niches").
 */
function firstItem(segment: Token[], verbList: boolean): Token[] | null {
  let from = -1;
  for (let i = 0; i < segment.length; i++) {
    const t = segment[i];
    const rest = segment.slice(i + 1);
    if (verbList) {
      if ((verbLike(t) || (i > 0 && segment[i - 1].tag === "AUX")) && i < segment.length - 1) from = i;
      continue;
    }
    const trigger =
      (LIST_TRIGGER_TAGS.has(t.tag) && !NOT_TRIGGERS.has(t.word) && (!modifier(segment, i) || gerund(segment, i))) ||
      ["including", "like", "as"].includes(t.word);
    if (trigger && rest.some((r) => r.tag === "NOUN" || r.tag === "PROPN" || r.tag === "ADJ")) from = i + 1;
  }
  if (from < 0) from = verbList ? -1 : 0;
  if (from < 0) return null;
  const item = segment.slice(from);
  if (item.length === 0 || wordsOf(item) > MAX_ITEM_WORDS) return null;
  return item;
}

/** A noun item has no verb before its last word and does not open with a preposition or "even". */
function nounItem(item: Token[]): boolean {
  if (item[0].tag === "ADP" || item[0].tag === "ADV" || item[0].word === "even") return false;
  // "merchants shipped woollen cloth": a participle right after a noun is the verb of a clause.
  if (
    item.some(
      (t, n) =>
        n > 0 &&
        n < item.length - 1 &&
        /(ed|ing)$/.test(t.word) &&
        t.tag !== "NOUN" &&
        ["NOUN", "PROPN"].includes(item[n - 1].tag),
    )
  )
    return false;
  // "pre-heat the pack": a determiner inside an item, not after a preposition, opens a verb's object.
  if (item.some((t, n) => n > 0 && t.tag === "DET" && item[n - 1].tag !== "ADP" && item[n - 1].word !== "of"))
    return false;
  return !item.slice(0, -1).some((t, n) => (t.tag === "VERB" && !modifier(item, n)) || t.tag === "AUX");
}

/** Splits tokens into runs between commas. */
function commaRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.word === ",") runs.push([]);
    else runs[runs.length - 1].push(t);
  }
  return runs;
}

/**
 * The enumeration of a sentence ("…including A, B, and C", "A and B act…"),
 * its items all nouns or all verb phrases. Two-item lists need nouns on both sides.
 */
export function findLists(sentence: string): ListSpan[] {
  const tokens = taggedTokens(sentence);
  const lists: ListSpan[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].word !== "and" && tokens[i].word !== "or") continue;
    if (lists.some((list) => tokens[i].start < list.end)) continue;
    const list =
      listAt(sentence, tokens, i, false) ?? (verbLike(tokens[i + 1]) ? listAt(sentence, tokens, i, true) : null);
    if (list) lists.push(list);
  }
  return lists;
}

export function findList(sentence: string): ListSpan | null {
  return findLists(sentence)[0] ?? null;
}

const verbLike = (t: Token | undefined) => !!t && (t.tag === "VERB" || (/ing$/.test(t.word) && t.word.length > 5));
/** "altered signaling pathways": participles before a noun modify it; they do not open a clause. */
/** "by influencing cancer cells", "include exploring therapies": an -ing word after a preposition or verb is a verb. */
function gerund(tokens: Token[], j: number): boolean {
  const previous = tokens[j - 1];
  return (
    /ing$/.test(tokens[j].word) &&
    // At the start of a comma run ("…metastasis, influencing cancer cell escape, …") it opens a clause.
    (!previous || (["ADP", "SCONJ", "VERB", "AUX", "PUNCT"].includes(previous.tag) && !/ed$/.test(previous.word)))
  );
}

function modifier(tokens: Token[], j: number): boolean {
  if (!/(ing|ed)$/.test(tokens[j].word)) return false;
  const next = tokens[j + 1];
  if (!next) return false;
  return next.tag === "NOUN" || next.tag === "ADJ" || next.tag === "PROPN" || modifier(tokens, j + 1);
}

/**
 * "the heightened demands of migration, invasion, and proliferation in unfamiliar environments":
 * when the middle items are bare nouns, the first item's "… of" and the last one's trailing phrase
 * belong to the whole list, and stay in the prompt.
 */
function withoutSharedPhrases(items: Token[][], tokens: Token[]): Token[][] {
  if (items.slice(1, -1).some((item) => item.some((t) => t.tag === "ADP"))) return items;
  const first = items[0];
  // "the demands of migration, …" shares its head; "depth of discharge, current…" is one term.
  const determiner = /^(?:the|their|its|these|those)$/;
  const determined =
    determiner.test(first[0].word) || determiner.test(tokens[tokens.indexOf(first[0]) - 1]?.word ?? "");
  const of = determined ? first.findIndex((t, n) => n > 0 && t.word === "of") : -1;
  const last = items[items.length - 1];
  const trailing = last.findIndex((t, n) => n > 0 && t.tag === "ADP" && t.word !== "of");
  return [
    of > 0 && of < first.length - 1 ? first.slice(of + 1) : first,
    ...items.slice(1, -1),
    trailing > 0 ? last.slice(0, trailing) : last,
  ];
}

function listAt(sentence: string, tokens: Token[], i: number, verbList: boolean): ListSpan | null {
  {
    // The last item runs to the clause boundary.
    let j = i + 1;
    while (j < tokens.length && !isPunct(tokens[j]) && !BOUNDARY_WORDS.has(tokens[j].word)) {
      const t = tokens[j];
      // A noun list ends where the next verb or a purpose clause ("… to broaden") begins.
      const verb =
        (t.tag === "VERB" && !modifier(tokens, j)) || t.tag === "AUX" || t.tag === "CCONJ" || LAST_ITEM_END.has(t.word);
      if (!verbList && j > i + 1 && (verb || (t.word === "to" && tokens[j + 1]?.tag === "VERB"))) break;
      if (verbList && j > i + 1 && (t.tag === "CCONJ" || LAST_ITEM_END.has(t.word))) break;
      j++;
    }
    let last = tokens.slice(i + 1, j);
    while (last.length > 1 && !verbList && (last[last.length - 1].tag === "ADV" || last[last.length - 1].tag === "DET"))
      last = last.slice(0, -1);
    if (last.length === 0 || wordsOf(last) > MAX_LAST_ITEM_WORDS) return null;
    // Back to the start of the clause.
    let k = i - 1;
    while (k >= 0 && !/^[;:()]$/.test(tokens[k].word) && !BOUNDARY_WORDS.has(tokens[k].word)) k--;
    const before = tokens.slice(k + 1, i);
    const runs = commaRuns(before);
    if (runs[runs.length - 1].length === 0) runs.pop(); // Oxford comma
    const items: Token[][] = [];
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r];
      // The tagger reads many bare verbs as adjectives ("foster angiogenesis"): a verb item only must not open like a noun phrase.
      const kind = verbList
        ? !["DET", "PRON", "ADP", "NUM", "AUX"].includes(run[0]?.tag ?? "DET")
        : !startsWithVerb(run) && !["ADP", "SCONJ", "CCONJ", "ADV"].includes(run[0]?.tag ?? "ADP");
      const runText = run.length ? sentence.slice(run[0].start, run[run.length - 1].end) : "";
      const whole =
        r > 0 &&
        run.length > 0 &&
        wordsOf(run) <= MAX_ITEM_WORDS &&
        kind &&
        !LIST_INTRO.test(`${runText} `) &&
        (verbList || nounItem(run));
      if (whole && !(r === runs.length - 1 && runs.length === 1)) {
        items.unshift(run);
        continue;
      }
      const afterColon = r === 0 && k >= 0 && tokens[k].word === ":";
      const first = afterColon && !verbList && wordsOf(run) <= MAX_ITEM_WORDS ? run : firstItem(run, verbList);
      // "for predicting metastasis and monitoring response": parallel gerunds make a verb list.
      const before = first ? run[run.indexOf(first[0]) - 1] : undefined;
      const gerunds = !verbList && /ing$/.test(tokens[i + 1].word) && !!before && /ing$/.test(before.word);
      // A list of gerunds needs one after a preposition too ("for predicting …"), else "-ing" is a modifier.
      const gerundHead =
        (!before || !["NOUN", "PROPN", "PRON", "ADJ"].includes(before.tag)) &&
        !!first &&
        (verbLike(first[0]) || (before?.tag === "AUX" && ["VERB", "ADJ", "NOUN"].includes(first[0].tag)));
      if (first && !gerunds && (verbList ? gerundHead : !startsWithVerb(first))) items.unshift(first);
      else items.length = 0; // the list's head is not an item: the list would be incomplete
      break;
    }
    if (items.length === 0) return null;
    // "…at the central bank, and the interest paid…" joins two clauses, not two items.
    if (items.length === 1 && tokens[i - 1].word === ",") return null;
    let all = [...items, last];
    if (!verbList && !all.every(nounItem)) return null;
    const after = tokens[tokens.indexOf(last[last.length - 1]) + 1];
    const opener = tokens[tokens.indexOf(all[0][0]) - 1];
    // "from Bergen and salted herring from Scania" repeats its preposition: two clauses with the verb left out.
    if (
      opener?.tag === "ADP" &&
      [after, ...last].some((t) => t && t !== last[0] && t.tag === "ADP" && t.word === opener.word)
    )
      return null;
    // "Prospective audit and feedback remains…": a name with "and" in it, taking a singular verb.
    if (
      all.length === 2 &&
      !opener &&
      after &&
      (/^(is|was|has|does)$/.test(after.word) || (after.tag === "VERB" && /([^s]s|ed)$/.test(after.word)))
    )
      return null;
    const hasNoun = (item: Token[]) => item.some((t) => t.tag === "NOUN" || t.tag === "PROPN");
    if (!verbList && !(hasNoun(all[0]) && hasNoun(all[all.length - 1]))) {
      const adjectives = all.length === 2 && all[0].length <= 2 && all[1][0].tag === "ADJ";
      if (!adjectives) return null;
    }
    if (all.length === 2 && !verbList) {
      // "the arrival and growth of disseminated cells": the shared "of …" stays in the prompt.
      const cut = all[1].findIndex((t, n) => n > 0 && t.tag === "ADP");
      // Only a long shared phrase is cut off: "state of charge" is one term.
      // "foraging and navigation of honeybees and bumblebees": the "of" phrase has its own list.
      const nested = tokens[tokens.indexOf(last[last.length - 1]) + 1]?.tag === "CCONJ";
      if (cut > 0 && (all[1].length - cut > 2 || nested) && !all[0].some((t) => t.tag === "ADP"))
        all = [all[0], all[1].slice(0, cut)];
    }
    if (all.length === 2 && verbList && all.some((item) => wordsOf(item) < 2)) return null;
    // Verb items are parallel: all gerunds or none ("orchestrating spread and represent targets" is two clauses).
    if (verbList && new Set(all.map((item) => /ing$/.test(item[0].word))).size > 1) return null;
    if (verbList && /ed$/.test(last[0].word) && modifier(last, 0)) return null;
    const bare = (item: Token[]) =>
      item.filter((t) => t.tag !== "DET" && t.tag !== "PRON" && !["both", "either"].includes(t.word));
    if (
      all.length === 2 &&
      !verbList &&
      bare(all[0]).length === 1 &&
      bare(all[0])[0].tag === "ADJ" &&
      all[1][0].tag === "ADJ" &&
      all[1].length > 1
    ) {
      all = [bare(all[0]), all[1]];
      // "migratory and invasive capabilities": two qualities of one noun.
      const span = spanOf(sentence, [all[0][0], all[1][0]]);
      return { ...span, items: [all[0][0], all[1][0]].map((t) => sentence.slice(t.start, t.end)) };
    }
    if (all.length === 2 && !verbList) {
      if (!endsWithNoun(all[0]) || !endsWithNoun(all[1]) || wordsOf(all[0]) > 3) return null;
      if (all[0].some((t, n) => t.tag === "VERB" && !modifier(all[0], n))) return null;
    }
    if (all.length >= 3 && !verbList) all = withoutSharedPhrases(all, tokens);
    if (all.length > 5) return null;
    const texts = all.map((item) => itemText(sentence, item));
    if (texts.some((text) => isFiller(text) || text.length < 3)) return null;
    const end = all[all.length - 1];
    const span = spanOf(sentence, [all[0][0], end[end.length - 1]]);
    return { ...span, items: texts };
  }
}

/** "1,234", "5 459" (a space or thin space between thousands), "12.5". */
const NUMBER = /(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![\w.]\d)/g;
const UNIT_AFTER =
  /^(?:\s?(?:%|°\s?[CF]\b|percent\b|per cent\b|fold\b|million\b|billion\b|thousand\b)|-(?:fold|day|year|month|week|hour|minute)s?\b|\s?(?:–|-)\s?\d+(?:\.\d+)?\s?(?:%|°\s?[CF])?)?/;

/** Numbers with their units ("40 months", "1.5 °C", "3.2-fold", "two to three seasons" not: digits only). */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DATE = new RegExp(String.raw`\b\d{1,2} ${MONTH}(?: \d{3,4})?\b|\b${MONTH} \d{1,2}, \d{3,4}\b`, "g");

/** "31 October 1517", "October 31, 1517": a date is one answer, not a day number. */
function findDates(sentence: string): Span[] {
  return [...sentence.matchAll(DATE)].map((match) => ({
    start: match.index!,
    end: match.index! + match[0].length,
    text: match[0],
  }));
}

export function findNumbers(sentence: string): Span[] {
  const spans: Span[] = [...findWordQuantities(sentence), ...findDates(sentence)];
  for (const match of sentence.matchAll(NUMBER)) {
    const start = match.index!;
    let end = start + match[0].length;
    const value = Number(match[0].replace(/[,\s\u2009\u202f]/g, ""));
    const unit = (sentence.slice(end).match(UNIT_AFTER)?.[0] ?? "").trimEnd();
    end += unit.length;
    // A unit noun right after the number ("40 months", "12 sites", "3 per year").
    const noun = sentence.slice(end).match(/^\s(?:per\s)?[a-zA-Zµ][\w/-]*/)?.[0] ?? "";
    if (
      // "12–14 lb": a range takes its unit after its second figure.
      (!unit || /million|billion|thousand/.test(unit) || /^\s?[–-]\s?\d+(?:\.\d+)?$/.test(unit)) &&
      noun &&
      !/^\s?(and|or|to|of|in|the|a|an|were|was|is|are|state|without|when|can|instead|it|its|he|she|we|they|this)\b/i.test(
        noun,
      )
    ) {
      const tokens = taggedTokens(sentence);
      const token = tokens.find((t) => t.start >= end && t.start <= end + 1);
      // "3 per year": a rate's unit.
      const shortUnit =
        /^(?:[a-zµ]{1,3}|[a-zµ]{1,3}\/[a-z]{1,3})$/i.test(noun.trim()) || /^per\s[a-z]+$/i.test(noun.trim());
      // "In 1517 Martin Luther…": a name after a year is no unit of it, nor is "by" or "such".
      // "1774 standing orders", "Cheney's 1970 algorithm": a year counts nothing.
      const year = /^1\d{3}$|^20\d{2}$/.test(match[0]);
      const name =
        year ||
        /^\s[A-Z][a-z]{3}/.test(noun) ||
        FUNCTION_WORDS.has(noun.trim().toLowerCase()) ||
        /^\s(?:has|had|have|was|were|is|are|can|may|did|got|saw)$/i.test(noun);
      if (token && !name && (token.tag === "NOUN" || token.tag === "PROPN" || shortUnit)) {
        end += noun.length;
        // "70 wt%": a unit with its percent sign.
        if (sentence[end] === "%") end += 1;
        // "20 training tokens": the unit is the whole compound.
        // "20 training tokens", "1,150 emergency department visits": the unit runs on to a plural head.
        const compound = sentence.slice(end).match(/^\s[a-z][\w-]*/)?.[0] ?? "";
        const next = tokens.find((t) => t.start === end + 1);
        if (compound && next?.tag === "NOUN" && !/^\s(?:and|or|was|is|has)\b/.test(compound)) {
          const head = sentence.slice(end + compound.length).match(/^\s[a-z][\w-]*s\b/)?.[0] ?? "";
          const headIsNoun = tokens.find((t) => t.start === end + compound.length + 1)?.tag === "NOUN";
          if (/s$/.test(compound)) end += compound.length;
          else if (head && headIsNoun) end += compound.length + head.length;
        }
      }
    }
    // Years alone ("in 2017") are dates, not the finding; citation-like numbers after a bracket are skipped.
    if (!unit && end === start + match[0].length && value >= 1900 && value <= 2100) continue;
    if (/[[(]\s*$/.test(sentence.slice(0, start)) && !unit) continue;
    // "5'-NGG-3'": a position in a notation, not a quantity.
    if (/^['′]/.test(sentence.slice(start + match[0].length))) continue;
    if (spans.some((span) => span.start < end && start < span.end)) continue;
    // "£395": the currency is part of the amount, and "−60 °C" its sign.
    const signed = /[−-]/.test(sentence.charAt(start - 1)) && /^\s?$/.test(sentence.charAt(start - 2));
    const from = /[£$€¥]/.test(sentence.charAt(start - 1)) || signed ? start - 1 : start;
    const text = sentence.slice(from, end).trimEnd();
    spans.push({ start: from, end: from + text.length, text });
  }
  return withRanges(
    sentence,
    spans.sort((a, b) => a.start - b.start),
  );
}

/** "between 30% and 50%", "from 12 to 40 months": a range is one fact; half of it would be guessed from the other. */
function withRanges(sentence: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const joint = previous ? sentence.slice(previous.end, span.start) : "";
    const opener = previous
      ? /\b(?:between|from)\s+$/i.exec(sentence.slice(Math.max(0, previous.start - 12), previous.start))
      : null;
    if (previous && (/^\s*(?:to|–|-)\s*$/.test(joint) || (opener && /^\s*and\s*$/.test(joint)))) {
      const start = opener ? previous.start - opener[0].length : previous.start;
      out[out.length - 1] = { start, end: span.end, text: sentence.slice(start, span.end) };
      continue;
    }
    out.push(span);
  }
  return out;
}

const WORD_NUMBER =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a third|a quarter|half|a half|two thirds)";
const WORD_QUANTITY = new RegExp(
  String.raw`\b${WORD_NUMBER}(?:\s+(?:to|or)\s+${WORD_NUMBER})?\s+(?:times|fold|percent|per cent|years?|months?|weeks?|days?|hours?|decades?|seasons?|generations?|degrees?|centuries|species|countries|sites|studies|trials|patients)\b`,
  "gi",
);

/** Numbers written in words with a unit: "ten to fifteen years", "five times". */
export function findWordQuantities(sentence: string): Span[] {
  return [...sentence.matchAll(WORD_QUANTITY)].map((match) => ({
    start: match.index!,
    end: match.index! + match[0].length,
    text: match[0],
  }));
}

/** Words that open a cause, an effect or a mechanism; the span after them (to the clause end) is what it is. */
const RELATION =
  /\b(because(?: of)?|since|(?:happens|occurs|arises) when|due to|owing to|stems? from|stemming from|arises? from|results? from|leads? to|leading to|results? in|resulting in|allows? (?:\w+ ){1,3}to|allowing (?:\w+ ){1,3}to|enables? (?:\w+ ){1,3}to|enabling (?:\w+ ){1,3}to|causes|caused by|driven by|through|by (?=\w+ing\b)|so that|making them|in order to)\s+/gi;
const CLAUSE_END =
  /[,;.:!?)]|\s(?:which|while|whereas|when|but|although|and thus|thereby|is|are|was|were|has|have|had|can|could|will|would|may|might)\b/;
const MAX_RELATION_WORDS = 16;

export interface RelationSpan extends Span {
  cue: string;
}

/** Causes, effects and mechanisms: the phrase after "because", "leads to", "allows cells to"… */
export function findRelations(sentence: string): RelationSpan[] {
  const spans: RelationSpan[] = [];
  for (const match of sentence.matchAll(RELATION)) {
    const start = match.index! + match[0].length;
    const rest = sentence.slice(start);
    const end = start + (rest.match(CLAUSE_END)?.index ?? rest.length);
    const text = sentence.slice(start, end).trim();
    const words = text.split(/\s+/).length;
    if (words < 1 || words > MAX_RELATION_WORDS || isFiller(text)) continue;
    if (/^(of|in|on|at|for|with|from|to)\b/i.test(text)) continue;
    // "have since been described", "since 2006": "since" telling time, not a reason.
    if (
      match[1].toLowerCase() === "since" &&
      (/\b(?:have|has|had)\s+$/i.test(sentence.slice(0, match.index!)) || /^(?:been|then|\d)/.test(text))
    )
      continue;
    spans.push({ start, end: start + text.length, text, cue: match[1].toLowerCase() });
  }
  return spans;
}

const MARKER = /\((?:i{1,3}|iv|v|vi{1,3}|[1-9]|[a-h])\)\s*/g;
const MAX_MARKED_ITEM_WORDS = 8;

/**
 * "(i) enzymatic inactivation of the drug, (ii) modification of the drug target, (iii) reduced
 * permeability and (iv) efflux": an enumeration the author numbered, asked whole.
 */
export function findMarkedList(sentence: string): (Span & { items: string[] }) | null {
  const markers = [...sentence.matchAll(MARKER)];
  if (markers.length < 3 || markers.length > 6) return null;
  const items: string[] = [];
  for (let i = 0; i < markers.length; i++) {
    const from = markers[i].index! + markers[i][0].length;
    const to = i + 1 < markers.length ? markers[i + 1].index! : sentence.trimEnd().replace(/[.;:]$/, "").length;
    const item = sentence
      .slice(from, to)
      .trim()
      .replace(/(?:^|[\s,;])(?:and|or)$/, "")
      .replace(/[,;]$/, "")
      .trim();
    if (!item || item.split(/\s+/).length > MAX_MARKED_ITEM_WORDS || /[;:]/.test(item)) return null;
    items.push(item);
  }
  const start = markers[0].index!;
  const end =
    markers[markers.length - 1].index! + markers[markers.length - 1][0].length + items[items.length - 1].length;
  return { start, end, text: sentence.slice(start, end), items };
}

const MAX_COLON_ITEMS = 6;
const MAX_COLON_ITEM_WORDS = 8;

/**
 * "The main groups at risk are: children; older adults; outdoor workers." and "…in three ways:
 * prescribed burning, thinning dense stands and clean-air shelters.": the items after a colon,
 * up to the sentence's end, asked whole.
 */
export function findColonList(sentence: string): (Span & { items: string[] }) | null {
  const colon = sentence.indexOf(": ");
  if (colon < 0 || sentence.indexOf(":", colon + 1) >= 0) return null;
  const lead = sentence.slice(0, colon);
  if (lead.split(/\s+/).length < 3) return null;
  // "Cone of depression: the funnel-shaped lowering…" is a glossary line; a list's lead-in says something.
  const leadTokens = taggedTokens(lead);
  const says = leadTokens.some(
    (t, i) =>
      t.tag === "AUX" || (t.tag === "VERB" && i > 0 && (i < leadTokens.length - 1 || /^includ|^compris/.test(t.word))),
  );
  if (!says) return null;
  const start = colon + 2;
  const body = sentence.slice(start).trimEnd().replace(/[.;]$/, "");
  // "£7,500" keeps its comma: items are split at a comma and a space.
  let parts = body.includes(";") ? body.split(/;\s*/) : body.split(/,\s+/);
  // "burning, thinning and shelters": the last comma's part holds two items; "heart and lung disease" alone is one.
  const last = parts[parts.length - 1];
  // "new or old, drafty or well sealed, with or without a basement": items that are pairs themselves.
  const pairedItems = parts.slice(0, -1).some((part) => / (?:and|or) /.test(part));
  if (!body.includes(";") && !/^(?:and|or)\s/.test(last) && !pairedItems) {
    // "aged 50 years or older" is one item.
    const pair = last.split(/ (?:and|or) (?!older|younger|more|less|fewer|above|below|over|under)/);
    if (pair.length === 2) parts = [...parts.slice(0, -1), ...pair];
  }
  // "omalizumab (anti-IgE)": an item's aside is no part of what to recall.
  const items = parts.map((part) =>
    part
      .replace(/^(?:and|or)\s+/, "")
      .replace(/\s\([^()]*\)$/, "")
      .trim(),
  );
  if (items.length < 2 || items.length > MAX_COLON_ITEMS) return null;
  // "Six antibodies are licensed: …" with five items read: the list was not read right.
  const counted = lead.match(/\b(two|three|four|five|six|seven|eight)\b/i)?.[1].toLowerCase();
  if (counted && ["two", "three", "four", "five", "six", "seven", "eight"].indexOf(counted) + 2 !== items.length)
    return null;
  if (items.some((item) => !item || item.split(/\s+/).length > MAX_COLON_ITEM_WORDS)) return null;
  if (items.some((item) => FUNCTION_WORDS.has(item.toLowerCase()))) return null;
  // "Get everyone, including pets, out to fresh air": an aside's commas, not a list's.
  if (items.some((item) => /^(?:including|especially|particularly|such as|except|with|without)\b/i.test(item)))
    return null;
  return { start, end: start + body.length, text: body, items };
}
