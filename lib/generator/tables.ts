/**
 * Tables an article sets in Markdown pipes, with their captions ("Table 1. Effect of …"). A table
 * is read, not split into sentences: its rows are facts a card can ask for.
 */
export interface ArticleTable {
  /** "Table 1. Effect of stewardship interventions on antibiotic use (median across studies)". */
  caption: string;
  /** Where the caption (or, without one, the table) stands in the cleaned text. */
  start: number;
  end: number;
  section: string;
  headers: string[];
  rows: string[][];
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
export const CAPTION = /^(?:\*\*)?Table\s+[\dIVX]+[.:]/i;

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.replace(/\*\*|__/g, "").trim());

/** A row of a pipe table, with or without the outer pipes ("Bosnia | EKI | 14 months"). */
export function isTableLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith("|") || trimmed.split("|").length >= 3;
}

/** A paragraph that is a pipe table: a header row, a separator, and rows of the same width. */
export function isPipeTable(paragraph: string): boolean {
  const lines = paragraph.split("\n");
  return lines.length >= 3 && isTableLine(lines[0]) && SEPARATOR.test(lines[1].trim());
}

export function parsePipeTable(paragraph: string): { headers: string[]; rows: string[][] } | null {
  if (!isPipeTable(paragraph)) return null;
  const [head, , ...body] = paragraph.split("\n");
  const headers = cellsOf(head);
  const rows = body.map(cellsOf).filter((cells) => cells.length === headers.length && cells.some(Boolean));
  return headers.length >= 2 && rows.length > 0 ? { headers, rows } : null;
}
