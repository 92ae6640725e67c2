/** Title, authors, sections, tables and the reference list of a cleaned article. */
import { CAPTION, isPipeTable, parsePipeTable, type ArticleTable } from "./tables";

export interface Reference {
  number: number;
  authors: string | null;
  title: string;
  journal: string | null;
  year: number | null;
  raw: string;
}

export interface Paragraph {
  text: string;
  start: number;
  section: string;
}

export interface ArticleStructure {
  title: string;
  authors: string[];
  paragraphs: Paragraph[];
  references: Reference[];
  sectionNames: string[];
  tables: ArticleTable[];
}

const FURNITURE =
  /\b(issn|open access|doi\b|volume \d|https?:\/\/|www\.|©|all rights reserved|downloads?\b|citations?\b\s*\d|views?\b\s*\d)/i;
const TITLE_SEARCH_BLOCKS = 6;
const FIRST_SECTION = /^(abstract|introduction|background|summary|overview)$/i;
const REFERENCE_HEADING = /^(references|bibliography|literature cited|works cited|sources)$/i;
const NON_CONTENT_HEADING =
  /^(acknowledge?ments?|conflicts? of interests?|competing interests?|funding|author contributions?|data availability|declarations?|ethics|abbreviations|supplementary|related (?:reading|articles|links|content|pages)|further reading|see also|read more|more (?:on this|from)|useful links|contact us|share this)/i;

function stripMarkdown(line: string) {
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .trim();
}

/** "Home / Water Topics / Surface Water / Groundwater …" one to a line: a site's menu. */
function isMenu(block: string): boolean {
  const lines = block.split("\n");
  return lines.length >= 4 && lines.every((line) => line.trim().split(/\s+/).length <= 4 && !/[.,;:!?]/.test(line));
}

export function isHeading(paragraph: string): boolean {
  if (/^#{1,6}\s/.test(paragraph)) return true;
  const text = paragraph.trim();
  if (text.length === 0 || text.length > 90 || text.includes("\n") || text.includes("|") || CAPTION.test(text))
    return false;
  // "2. Degradation mechanisms", "4.3. Evidence from phase III trials in atrial fibrillation": numbered
  // section headings, which the number lets run longer.
  if (/^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][\p{L}0-9 ,/()+:–-]{2,85}$/u.test(text) && text.split(/\s+/).length <= 12)
    return true;
  if (text.length > 60) return false;
  // "What is radon?", "How do I test my home?": a web page's question on a line of its own heads what answers it.
  if (/^(?:What|Why|How|When|Where|Who|Which|Is|Are|Can|Should|Do|Does)\s[^?]{2,60}\?$/.test(text))
    return text.split(/\s+/).length <= 8;
  if (/[.,;:!?]$/.test(text) || /^[-*•\d[(]/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 8 && /^[A-Z]/.test(text) && !FURNITURE.test(text);
}

const YEAR = /\b(19|20)\d{2}\b/;
const NUMBERED_REFERENCE = /^\s{0,4}(?:\[\d{1,3}\]|\d{1,3}[.)]\s)/;
// Trailing punctuation, matched from the start of its run only, so a long run is scanned once.
const TRAILING_DOTS = /(?<![.\s])[.\s]+$/;
const TRAILING_COMMAS_DOTS = /(?<![.,\s])[.,\s]+$/;

export function parseReference(raw: string, fallbackNumber: number): Reference {
  let text = raw.trim();
  let number = fallbackNumber;
  const numbered = text.match(/^(?:\[(\d+)\]|(\d+)[.)]|-|\*|•)\s*/);
  if (numbered) {
    number = Number(numbered[1] ?? numbered[2] ?? fallbackNumber) || fallbackNumber;
    text = text.slice(numbered[0].length);
  }
  text = text.replace(/\*/g, "");
  const yearMatch = text.match(/\((\d{4})[a-z]?\)/) ?? text.match(YEAR);
  const year = yearMatch ? Number(yearMatch[1]?.length === 4 ? yearMatch[1] : yearMatch[0]) : null;
  const quoted = text.match(/["“]([^"“”]+)["”]/);
  if (quoted) {
    const before = text.slice(0, quoted.index).replace(TRAILING_COMMAS_DOTS, "");
    const after = text.slice((quoted.index ?? 0) + quoted[0].length).trim();
    const journal = after
      .split(/\s\d|[,;(]/)[0]
      .replace(TRAILING_DOTS, "")
      .trim();
    return {
      number,
      authors: before || null,
      title: quoted[1].replace(TRAILING_DOTS, ""),
      journal: journal || null,
      year,
      raw: raw.trim(),
    };
  }
  // Author (Year). Title. Journal...  or  Authors. Title. Journal. Year;...
  const withoutYear = text.replace(/(?<!\s)\s*\(\d{4}[a-z]?\)\.?/, ".");
  const parts = withoutYear
    .split(/\.\s+(?=[A-Z0-9])/)
    .map((part) => part.trim())
    .filter(Boolean);
  const [authors, title, journal] = parts.length >= 3 ? parts : [null, parts[0] ?? text, parts[1] ?? null];
  return {
    number,
    authors: authors ?? null,
    title: (title ?? text).replace(TRAILING_DOTS, ""),
    journal: journal ? journal.split(/\s\d|[,;(]/)[0].trim() || null : null,
    year,
    raw: raw.trim(),
  };
}

function splitParagraphs(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const match of text.matchAll(pattern)) {
    const trimmed = match[0].trim();
    if (trimmed) out.push({ text: trimmed, start: (match.index ?? 0) + match[0].indexOf(trimmed) });
  }
  return out;
}

export function parseStructure(cleanText: string): ArticleStructure {
  const blocks = splitParagraphs(cleanText);
  let title = "";
  let authors: string[] = [];
  let section = "Front matter";
  const paragraphs: Paragraph[] = [];
  const referenceLines: string[] = [];
  const sectionNames: string[] = [];
  const tables: ArticleTable[] = [];
  let inReferences = false;
  let skipping = false;

  // A Markdown level-one heading near the top is the title, whatever page furniture comes before it.
  const headingTitle = blocks.slice(0, TITLE_SEARCH_BLOCKS * 2).findIndex((block) => /^#\s+\S/.test(block.text));
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const plain = stripMarkdown(block.text);
    if (isMenu(block.text)) continue;
    if (!title && headingTitle > index) continue;
    // The title is among the first few blocks; an article without one still has a body.
    const titleLike =
      !FURNITURE.test(plain) &&
      !CAPTION.test(plain) &&
      !isPipeTable(block.text) &&
      // "Northbridge City Council": a site's owner above the page's own title.
      !/\b(?:council|university|museum|society|trust|institute|foundation|agency|service|library|association|department|ministry)$/i.test(
        plain,
      ) &&
      plain.split(/\s+/).length >= 3 &&
      !/[.!?]$/.test(plain) &&
      plain.length <= 300;
    // A level-one heading is the title however short ("# Groundwater Depletion").
    if (!title && ((index < TITLE_SEARCH_BLOCKS && titleLike) || (index === headingTitle && !FURNITURE.test(plain)))) {
      title = plain;
      const next = blocks[index + 1] ? stripMarkdown(blocks[index + 1].text) : "";
      // A Markdown heading right after the title starts the body; it names no authors.
      const heading = /^#{1,6}\s/.test(blocks[index + 1]?.text ?? "");
      if (
        next &&
        !heading &&
        next.length < 300 &&
        !FIRST_SECTION.test(next) &&
        !/[.!?]$/.test(next.replace(/(?<!\*)\*+$/, ""))
      ) {
        authors = next
          .replace(/^by\s+/i, "")
          // "Mensah(1,*)": affiliation markers in parentheses.
          .replace(/\([\d,*\s]{1,12}\)/g, "")
          .split("\n")[0]
          .split(/,\s*(?:and\s+)?|(?<!\s)\s+and\s+|;\s*/)
          .map((name) => name.replace(/[*†‡\d]+/g, "").trim())
          .filter((name) => name.length > 1 && name.split(/\s+/).length <= 5);
        index++;
      }
      continue;
    }
    if (isHeading(block.text)) {
      section = plain.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, "");
      inReferences = REFERENCE_HEADING.test(plain);
      skipping = NON_CONTENT_HEADING.test(plain);
      if (!inReferences && !skipping) sectionNames.push(section);
      continue;
    }
    if (inReferences) {
      for (const line of block.text.split("\n").filter((each) => each.trim())) {
        // A numbered list copied from a PDF wraps each entry over several lines.
        const continues =
          referenceLines.length > 0 && NUMBERED_REFERENCE.test(referenceLines[0]) && !NUMBERED_REFERENCE.test(line);
        if (continues) referenceLines[referenceLines.length - 1] += ` ${line.trim()}`;
        else referenceLines.push(line);
      }
      continue;
    }
    if (skipping || (FURNITURE.test(plain) && plain.length < 200)) continue;
    const table = parsePipeTable(block.text);
    if (table) {
      // Its caption, the paragraph before, names it; the caption is no statement of its own.
      const captioned = paragraphs.length > 0 && CAPTION.test(stripMarkdown(paragraphs[paragraphs.length - 1].text));
      const caption = captioned ? paragraphs.pop()! : null;
      tables.push({
        caption: caption ? stripMarkdown(caption.text) : "",
        start: caption?.start ?? block.start,
        end: caption ? caption.start + caption.text.length : block.start + block.text.length,
        section,
        ...table,
      });
      continue;
    }
    paragraphs.push({ text: block.text, start: block.start, section });
  }

  return {
    title: title || "Untitled article",
    authors,
    paragraphs,
    references: referenceLines.map((line, i) => parseReference(line, i + 1)).filter((ref) => ref.title.length > 3),
    sectionNames,
    tables,
  };
}
