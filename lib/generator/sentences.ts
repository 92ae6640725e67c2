import { bulletItems, completedSentence, enumeration } from "./bullets";
import { isStatement } from "./nlp";
import type { Paragraph, Reference } from "./structure";
import type { SourceSpan } from "./types";

export interface Sentence {
  text: string;
  /** Offsets into the cleaned article text. */
  start: number;
  end: number;
  section: string;
  /** Reference numbers this sentence cites, in order of appearance. */
  citations: number[];
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Every pattern starts where a run begins (the look-behinds), so none rescans a long run from each of its characters.
const BRACKET_CITATION = /(?<!\s)\s*\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]/g;
/** "…in breast cancers.1 Approximately…", "…shown before,2,3 and…": superscripts flattened by extraction. */
// "BT.601 television", "T.81 defines": a standard's number, not a superscript; a full stop's superscript ends
// the sentence, so the next word opens the next one.
const SUPERSCRIPT_CITATION =
  /(?<=[A-Za-z)\]%])(?:([,;:])(\d{1,3}(?:[,–-]\d{1,3})*)(?=\s|$)|(\.)(\d{1,3}(?:[,–-]\d{1,3})*)(?=\s+[^a-z\s]|\s*$))/g;
/** "a study published in 20162 found": a superscript glued to a year. */
const YEAR_SUPERSCRIPT = /\b(in|since|by|from|until|of) ((?:19|20)\d{2})(\d{1,2})\b/g;
/** "a placebo response of 3.2 days10.": a superscript glued to a word, before the punctuation. */
const GLUED_SUPERSCRIPT = /\b([a-z]{4,})(\d{1,2}(?:,\d{1,2})*)(?=[.,;:](?:\s|$))/g;
/** "(Smith et al., 2020; Lee & Park 2019)" and "Smith et al. (2020)". */
/** "(Smith 2004)", "(Kinealy 1994, 98)", "(Ó Gráda 1999: 44)", "(Mitchel 1861)". */
const PARENTHETICAL_AUTHOR_YEAR =
  /(?<!\s)\s*\(((?:(?:\p{Lu}\s)?\p{Lu}[\p{L}'’-]+(?:\s+(?:et al\.?|and|&)(?:\s+\p{Lu}[\p{L}'’-]+)?)?,?\s(?:1[5-9]|20)\d{2}[a-z]?(?:[,:]\s?(?:pp?\.\s?)?\d{1,4}(?:[–-]\d{1,4})?)?(?:;\s*)?)+)\)/gu;
/** "(Source: US Environmental Protection Agency, 2008)": a web page's citation. */
const SOURCE_NOTE = /(?<!\s)\s*\((?:sources?|data|adapted from|via)\s?:[^()]{3,120}\)/gi;
const NARRATIVE_AUTHOR_YEAR =
  /(?<![A-Za-z'’-])([A-Z][A-Za-z'’-]+)(?:\s+(?:et al\.?|and|&)(?:\s+[A-Z][A-Za-z'’-]+)?)?\s\(((?:19|20)\d{2})[a-z]?\)/g;

function expandNumbers(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(",")) {
    const [from, to] = part.split(/[-–]/).map(Number);
    if (to !== undefined && to >= from && to - from < 50) for (let n = from; n <= to; n++) numbers.push(n);
    else numbers.push(from);
  }
  return numbers;
}

export interface CitationStyle {
  references: Reference[];
  /** Superscript numbers are only read as citations when the article has a numbered reference list. */
  superscripts: boolean;
}

interface CitationIndex extends CitationStyle {
  byAuthorYear: Map<string, number>;
}

function firstSurname(authors: string | null): string | null {
  if (!authors) return null;
  const first = authors.split(/,|;|\band\b|&/)[0].trim();
  const words = first.split(/\s+/).filter((word) => /^\p{Lu}[\p{L}'’-]+$/u.test(word) && word.length > 1);
  // "Smith J" or "Smith, J." keep the surname first; "John Smith" keeps it last.
  if (/^[A-Z][A-Za-z'’-]+\s+[A-Z]{1,3}\.?$/.test(first)) return words[0] ?? null;
  return words[words.length - 1] ?? null;
}

function authorYearIndex(references: Reference[]) {
  const index = new Map<string, number>();
  for (const ref of references) {
    const surname = firstSurname(ref.authors);
    if (surname && ref.year) index.set(`${surname.toLowerCase()}|${ref.year}`, ref.number);
  }
  return index;
}

export function citedNumbers(sentence: string, style: CitationStyle | CitationIndex): number[] {
  const numbers: number[] = [];
  for (const match of sentence.matchAll(BRACKET_CITATION)) numbers.push(...expandNumbers(match[1]));
  const max = style.references.length;
  if (style.superscripts && max > 0) {
    // Each pattern's last group that matched holds the superscript's numbers.
    for (const pattern of [SUPERSCRIPT_CITATION, YEAR_SUPERSCRIPT, GLUED_SUPERSCRIPT]) {
      for (const match of sentence.matchAll(pattern)) {
        const found = expandNumbers(match.slice(1).filter(Boolean).pop() ?? "");
        if (found.every((n) => n >= 1 && n <= max)) numbers.push(...found);
      }
    }
  }
  if (style.references.length > 0) {
    const index = "byAuthorYear" in style ? style.byAuthorYear : authorYearIndex(style.references);
    for (const match of sentence.matchAll(PARENTHETICAL_AUTHOR_YEAR)) {
      for (const cite of match[1].split(/;\s*/)) {
        const surname = cite.match(/\p{Lu}[\p{L}'’-]+/u)?.[0];
        const year = cite.match(/(?:1[5-9]|20)\d{2}/)?.[0];
        const number = surname && year ? index.get(`${surname.toLowerCase()}|${year}`) : undefined;
        if (number) numbers.push(number);
      }
    }
    for (const match of sentence.matchAll(NARRATIVE_AUTHOR_YEAR)) {
      const number = index.get(`${match[1].toLowerCase()}|${match[2]}`);
      if (number) numbers.push(number);
    }
  }
  return [...new Set(numbers)];
}

/** The sentence as a student should read it: no citation markers. */
export function stripCitations(sentence: string): string {
  return sentence
    .replace(BRACKET_CITATION, "")
    .replace(PARENTHETICAL_AUTHOR_YEAR, "")
    .replace(SOURCE_NOTE, "")
    .replace(SUPERSCRIPT_CITATION, "$1$3")
    .replace(GLUED_SUPERSCRIPT, "$1")
    .replace(YEAR_SUPERSCRIPT, "$1 $2")
    .replace(/(?<!\s)\s+([.,;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Where a card or a claim's wording comes from. */
export function sourceSpan(sentence: Sentence): SourceSpan {
  return { section: sentence.section, sentence: sentence.text, start: sentence.start, end: sentence.end };
}

/**
 * Extraction glues "cancers.1 Approximately" into one segment; split it after the superscript. A
 * sentence may also open with a name written in lower case ("… variants. eSpCas9 weakens…").
 */
function splitAtSuperscripts(text: string, superscripts: boolean): string[] {
  const parts: string[] = [];
  let from = 0;
  // "…requirements. (2) Regulation of fat storage. The microbiota…": a numbered paragraph's heading
  // starts a sentence of its own.
  const boundary = superscripts
    ? /(?<=[A-Za-z)\]%])\.\d{1,3}(?:[,–-]\d{1,3})*\s+(?=[A-Z(])|(?<=[a-z]{3})\.\s+(?=[a-z]{1,4}[A-Z])|(?<=[.!?])\s+(?=\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s[A-Z])/g
    : /(?<=[a-z]{3})\.\s+(?=[a-z]{1,4}[A-Z])|(?<=[.!?])\s+(?=\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s[A-Z])/g;
  for (const match of text.matchAll(boundary)) {
    const cut = (match.index ?? 0) + match[0].length;
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

const SEGMENT_WINDOW_CHARS = 4096;

/**
 * The segmenter's sentences of `text`, a window at a time: V8's Intl.Segmenter slows down
 * quadratically on long strings (20,000 sentences in one string took 6 s). Each window's last
 * sentence may be cut, so the next window starts there; a sentence longer than the window
 * doubles the window until it fits.
 */
function* sentenceSegments(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  let window = SEGMENT_WINDOW_CHARS;
  while (from < text.length) {
    const end = Math.min(text.length, from + window);
    const pieces = [...segmenter.segment(text.slice(from, end))];
    if (end < text.length && pieces.length < 2) {
      window *= 2;
      continue;
    }
    const complete = end === text.length ? pieces : pieces.slice(0, -1);
    for (const piece of complete) yield { segment: piece.segment, index: from + piece.index };
    if (end === text.length) return;
    from += pieces[pieces.length - 1].index;
    window = SEGMENT_WINDOW_CHARS;
  }
}

export function splitSentences(paragraphs: Paragraph[], citationStyle: CitationStyle): Sentence[] {
  const style: CitationIndex = { ...citationStyle, byAuthorYear: authorYearIndex(citationStyle.references) };
  const sentences: Sentence[] = [];
  const superscripts = style.superscripts && style.references.length > 0;
  const push = (text: string, at: number, section: string) => {
    for (const segment of sentenceSegments(text)) {
      let offset = segment.index;
      for (const piece of splitAtSuperscripts(segment.segment, superscripts)) {
        const trimmed = piece.trim();
        if (trimmed) {
          const start = at + offset + piece.indexOf(trimmed);
          sentences.push({
            text: trimmed,
            start,
            end: start + trimmed.length,
            section,
            citations: citedNumbers(trimmed, style),
          });
        }
        offset += piece.length;
      }
    }
  };
  for (const paragraph of paragraphs) {
    const items = bulletItems(paragraph.text);
    if (!items) {
      push(paragraph.text, paragraph.start, paragraph.section);
      continue;
    }
    const leadIn = sentences.length > 0 ? sentences[sentences.length - 1] : null;
    const listed = leadIn?.section === paragraph.section ? enumeration(leadIn.text, items) : null;
    if (leadIn && listed) {
      const cited = items.flatMap((item) => citedNumbers(item.text, style));
      sentences[sentences.length - 1] = {
        ...leadIn,
        text: listed,
        end: paragraph.start + paragraph.text.length,
        citations: [...new Set([...leadIn.citations, ...cited])],
      };
    }
    for (const item of items) {
      const at = paragraph.start + item.offset;
      const completed = leadIn ? completedSentence(leadIn.text, item) : null;
      if (completed) sentences.push({ ...leadIn!, text: completed, start: at, end: at + item.text.length });
      // "Over-pumping: farmers draw more than rain replaces." says more than the item's name.
      // ("Galvanized iron or steel pipes that were once connected…" has no verb of its own: a fragment.)
      else if (item.head !== item.text && isStatement(item.text.replace(/\s(?:that|which|who)\s.*$/, "")))
        push(item.head ? item.text.replace(/^(.+?) - /, "$1: ") : item.text, at, paragraph.section);
    }
  }
  return sentences;
}
