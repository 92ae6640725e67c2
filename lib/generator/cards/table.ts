/**
 * Cards from a table's numeric columns, one per row: which row has the largest and the smallest
 * value, and the others' values as multiple choice among the column's values, of one kind by construction.
 */
import type { ArticleTable } from "../tables";
import type { GeneratedCard, SourceSpan } from "../types";
import { stableKey } from "./candidate";

const NUMERIC_CELL = /^([−–-]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:%|[a-zA-Zµ°/]+)?$/;
/** A count of studies or patients describes the evidence, not the finding. */
const COUNT_HEADER = /^(?:n|no\.?|number\b|studies|trials|count|samples?|patients|participants|cases|references?)\b/i;
const MAX_ROW_CARDS = 8;

function valueOf(cell: string): number | null {
  const match = cell.match(NUMERIC_CELL);
  if (!match) return null;
  const magnitude = Number(`${match[2].replace(/,/g, "")}.${match[3] ?? "0"}`);
  return match[1] ? -magnitude : magnitude;
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

/** "Table 1. Effect of … (median across studies)" → "Effect of … (median across studies)". */
export function tableSubject(table: Pick<ArticleTable, "caption" | "headers">): string {
  const subject = table.caption.replace(/^(?:\*\*)?Table\s+[\dIVX]+[.:]\s*(?:\*\*)?\s*/i, "").replace(/\.$/, "");
  return subject || table.headers.join(", ");
}

export function tableCards(table: ArticleTable, source: SourceSpan, claimId: string, topicId: string): GeneratedCard[] {
  const subject = tableSubject(table);
  const rowNoun = table.headers[0].toLowerCase();
  // "DDPM [5]": a row's citation is no part of its name, and would give the order away.
  const rows = table.rows.map((row) => [row[0].replace(/\[\d{1,3}(?:[,–-]\d{1,3})*\]/g, "").trim(), ...row.slice(1)]);
  const labels = rows.map((row) => row[0]);
  if (labels.some((label) => !label) || new Set(labels).size !== labels.length || table.rows.length < 3) return [];
  const cards: GeneratedCard[] = [];
  const card = (
    type: GeneratedCard["type"],
    part: string,
    content: Pick<GeneratedCard, "prompt" | "answer" | "options">,
    quality: number,
  ) =>
    cards.push({ key: stableKey(claimId, type, part), type, claimId, topicId, source, refs: [], quality, ...content });
  table.headers.forEach((header, column) => {
    if (column === 0 || COUNT_HEADER.test(header)) return;
    const cells = rows.map((row) => row[column]);
    const values = cells.map(valueOf);
    if (values.some((value) => value === null)) return;
    const sizes = values.map((value) => Math.abs(value!));
    const extremes = new Map<number, "largest" | "smallest">();
    for (const [which, size] of [
      ["largest", Math.max(...sizes)],
      ["smallest", Math.min(...sizes)],
    ] as const)
      if (sizes.filter((other) => other === size).length === 1) extremes.set(sizes.indexOf(size), which);
    // Each row once: the extremes as "which row", the rest as multiple choice among the column's values.
    rows.slice(0, MAX_ROW_CARDS).forEach((row, index) => {
      const extreme = extremes.get(index);
      if (extreme) {
        // "the most training tokens", "the largest change in days of therapy".
        const plural = /[^s]s$/i.test(header.trim());
        const year = /\b(?:year|date)\b/i.test(header);
        const superlative = year
          ? extreme === "largest"
            ? "latest"
            : "earliest"
          : plural
            ? extreme === "largest"
              ? "most"
              : "fewest"
            : extreme;
        // The rows are named as options: "which of four models" means nothing without them.
        const others = labels.filter((label) => label !== row[0]).slice(0, 3);
        card(
          "MULTIPLE_CHOICE",
          `${extreme}|${header}`,
          {
            prompt: `${subject}: which ${rowNoun} showed the ${superlative} ${header.toLowerCase()}?`,
            answer: row[0],
            options: [row[0], ...others].sort((a, b) => a.localeCompare(b)),
          },
          0.8,
        );
        return;
      }
      // Multiple choice needs three distractors of the same kind: the other rows' values.
      const others = [...new Set(cells)].filter((cell) => cell !== row[column]);
      if (others.length < 3) return;
      card(
        "MULTIPLE_CHOICE",
        `row|${header}|${row[0]}`,
        {
          prompt: `${subject}: what ${header.toLowerCase()} went with ${lowerFirst(row[0])}?`,
          answer: row[column],
          options: [row[column], ...others.slice(0, 3)].sort((a, b) => valueOf(a)! - valueOf(b)!),
        },
        0.7,
      );
    });
  });
  return cards;
}
