/**
 * Bulleted and numbered lists. A list's items are no sentences of their own,
 * so without this stage they never reach the card stage: the lead-in ("The
 * main groups at risk are:") and its items become one enumeration, and an item
 * that states something whole is a sentence of its own.
 */

import { isKnownWord } from "./nlp";

const MARKER = /^\s{0,6}(?:[-*•–]|\d{1,2}[.)])\s+/;
const MAX_ITEMS = 12;
const MAX_HEAD_WORDS = 7;
/** "children, whose lungs…", "Drought (a dry spell…)": where an item's name ends and its gloss begins. */
const GLOSS_START =
  /, (?:whose|which|who|where|when|that|as|because|such as|e\.g\.|i\.e\.|for example)\b| \(| [—–-] |: /;

export interface BulletItem {
  /** The item without its marker or emphasis. */
  text: string;
  /** Offset of `text` in the block. */
  offset: number;
  /** The item's short name, or null when it is too long to recall as one. */
  head: string | null;
}

function itemHead(text: string): string | null {
  const gloss = text.match(GLOSS_START);
  const head = (gloss ? text.slice(0, gloss.index) : text).replace(/[.;,]$/, "").replace(/ (?:and|or)$/, "");
  const words = head.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_HEAD_WORDS ? head : null;
}

/** The items of a block whose every line is a bullet (or a bullet's wrapped continuation), else null. */
export function bulletItems(block: string): BulletItem[] | null {
  const lines = block.split("\n");
  if (lines.length < 2 || lines.length > MAX_ITEMS * 3 || !MARKER.test(lines[0])) return null;
  const items: { raw: string; offset: number }[] = [];
  let offset = 0;
  for (const line of lines) {
    const marker = line.match(MARKER);
    if (marker) items.push({ raw: line.slice(marker[0].length), offset: offset + marker[0].length });
    else if (/^\s+\S/.test(line)) items[items.length - 1].raw += ` ${line.trim()}`;
    else return null;
    offset += line.length + 1;
  }
  if (items.length < 2 || items.length > MAX_ITEMS) return null;
  return items.map(({ raw, offset: at }) => {
    // "**Over-pumping**: …": emphasis marks the item's name; it is no part of the words.
    const text = raw.replace(/\*\*|__/g, "").trim();
    return { text, offset: at, head: itemHead(text) };
  });
}

/**
 * "A healthy, mature tree:" + "cools the air around it…" → "A healthy, mature tree cools the air
 * around it…": an item that finishes the lead-in's sentence, when the lead-in names its subject.
 */
export function completedSentence(leadIn: string, item: BulletItem): string | null {
  const lead = leadIn.trimEnd();
  // "…have been associated with:" + "Lower IQ and…": after a preposition, a capital only opens the line.
  const firstWord = item.text.split(/\s/)[0];
  const text =
    /\b(?:with|to|in|by|from|of|for|on|about|into)\s*:$/i.test(lead) &&
    /^[A-Z][a-z]+$/.test(firstWord) &&
    isKnownWord(firstWord.toLowerCase())
      ? item.text.charAt(0).toLowerCase() + item.text.slice(1)
      : item.text;
  if (!lead.endsWith(":") || !/^[a-z]/.test(text)) return null;
  if (/\b(?:are|is|were|was|include|includes|included|following|follows|these|as)\s*:$/i.test(lead)) return null;
  // "Each LNP contains four lipids:" + "an ionisable lipid, which…": an item that names a thing finishes nothing.
  if (/^(?:a|an|the|its|their|one|two|three|four|which|who)\s/i.test(text)) return null;
  // "To request a street tree:" + "check the location…": a purpose or condition takes a comma.
  const opensClause =
    /^(?:to|for|when|if|before|after|once|in)\b/i.test(lead) && !lead.includes(",") && lead.split(/\s+/).length <= 6;
  const joint = opensClause ? ", " : " ";
  return `${lead.slice(0, -1)}${joint}${text.replace(/[;,]$/, "")}`.replace(/(?<![.!?])$/, ".");
}

/** "The main groups at risk are:" + its items → "The main groups at risk are: children; older adults; outdoor workers." */
export function enumeration(leadIn: string, items: BulletItem[]): string | null {
  if (!leadIn.trimEnd().endsWith(":") || items.some((item) => !item.head)) return null;
  return `${leadIn.trimEnd()} ${items.map((item) => item.head).join("; ")}.`;
}
