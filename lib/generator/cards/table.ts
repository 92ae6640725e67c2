/**
 * Cards from a table's numeric columns: which row has the largest and the smallest value, and, for a
 * table of one finding, the other rows' values as multiple choice among the column's values, of one
 * kind by construction. A column the table computes from its other figures is arithmetic, not a finding.
 */
import { isKnownWord } from "../nlp";
import type { ArticleTable } from "../tables";
import { FUNCTION_WORDS } from "../text";
import type { GeneratedCard, SourceSpan } from "../types";
import { stableKey } from "./candidate";
import { hasTermOfTheField } from "./knowledge";

const NUMERIC_CELL = /^([−–-]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%|[a-zA-Zµ°/]+)?$/;
/** "10⁻³": a power of ten written with superscripts. */
const POWER_OF_TEN = /^10([⁻⁺]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/;
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SI_PREFIX: Record<string, number> = {
  n: 1e-9,
  µ: 1e-6,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
};
/** A count of studies or patients describes the evidence, not the finding. */
const COUNT_HEADER = /^(?:n|no\.?|number\b|studies|trials|count|samples?|patients|participants|cases|references?)\b/i;
const MAX_ROW_CARDS = 8;
const AGGREGATE_ROW = /^(?:total|sum|overall|mean|average|median|all|combined|net)\b/i;
/** Values closer than this (0.7 m beside 0.8 m) are not told apart by a student, nor worth it. */
const MIN_VALUE_GAP = 0.15;
/** A table of several findings is asked for its extremes only, and only this often. */
const MAX_EXTREME_CARDS = 3;
/** Figures this close (rounding) follow one formula. */
const FORMULA_TOLERANCE = 0.03;

function parseCell(cell: string): { value: number; unit: string } | null {
  const power = cell.match(POWER_OF_TEN);
  if (power) {
    const exponent = Number([...power[2]].map((digit) => SUPERSCRIPT_DIGITS.indexOf(digit)).join(""));
    return { value: 10 ** (power[1] === "⁻" ? -exponent : exponent), unit: "" };
  }
  const match = cell.match(NUMERIC_CELL);
  if (!match) return null;
  const magnitude = Number(`${match[2].replace(/,/g, "")}.${match[3] ?? "0"}`);
  return { value: match[1] ? -magnitude : magnitude, unit: match[4] ?? "" };
}

/**
 * A column's figures in one unit: "50 Mbit/s" and "1 Gbit/s" as bit/s, "80 ms" and "1.2 s" as seconds.
 * Null when a cell is no figure or the units are of different kinds.
 */
export function columnValues(cells: string[]): number[] | null {
  const parsed = cells.map(parseCell);
  if (parsed.some((cell) => cell === null)) return null;
  const units = new Set(parsed.map((cell) => cell!.unit));
  if (units.size === 1) return parsed.map((cell) => cell!.value);
  const readings = (unit: string) => [
    { base: unit, factor: 1 },
    ...(unit.length > 1 && SI_PREFIX[unit[0]] ? [{ base: unit.slice(1), factor: SI_PREFIX[unit[0]] }] : []),
  ];
  const base = readings(parsed[0]!.unit)
    .map((reading) => reading.base)
    .find((candidate) => [...units].every((unit) => readings(unit).some((reading) => reading.base === candidate)));
  if (base === undefined) return null;
  return parsed.map((cell) => cell!.value * readings(cell!.unit).find((reading) => reading.base === base)!.factor);
}

function isConstant(ratios: number[]): boolean {
  return (
    ratios.every((ratio) => Number.isFinite(ratio) && ratio > 0) &&
    ratios.every((ratio) => Math.abs(ratio / ratios[0] - 1) <= FORMULA_TOLERANCE)
  );
}

/**
 * "BDP" = bandwidth × RTT, "BDP (segments)" = BDP ÷ MSS, "1 loss every … packets" = 1/p, a throughput
 * ∝ 1/√p: a column that one or two columns to its left give by a product of powers.
 */
export function isComputed(column: number[], inputs: number[][]): boolean {
  const target = column.map(Math.abs);
  if (target.some((value) => value === 0) || new Set(target).size < 2) return false;
  const usable = inputs.map((input) => input.map(Math.abs)).filter((input) => input.every((value) => value > 0));
  for (const input of usable)
    for (const power of [1, -1, 0.5, -0.5, 2, -2])
      if (isConstant(target.map((value, row) => value / input[row] ** power))) return true;
  for (const [i, a] of usable.entries())
    for (const b of usable.slice(i + 1))
      for (const [p, q] of [
        [1, 1],
        [1, -1],
        [-1, 1],
      ])
        if (isConstant(target.map((value, row) => value / (a[row] ** p * b[row] ** q)))) return true;
  return false;
}

/** "Home broadband to nearby CDN" → "home broadband to nearby CDN"; a name ("Vegas") keeps its capital. */
function inSentence(label: string): string {
  const first = label.split(/[\s-]+/)[0];
  return /^[A-Z][a-z]+$/.test(first) && isKnownWord(first.toLowerCase())
    ? label[0].toLowerCase() + label.slice(1)
    : label;
}

/** "Change in Days of Therapy" → "change in days of therapy"; "RTT" stays an acronym. */
const headerInSentence = (header: string) =>
  header
    .split(" ")
    .map((word) => (/^[A-Z0-9]{2,}\b/.test(word) ? word : word.toLowerCase()))
    .join(" ");

/** "Table 1. Effect of … (median across studies)" → "Effect of … (median across studies)". */
export function tableSubject(table: Pick<ArticleTable, "caption" | "headers">, articleSubject?: string | null): string {
  const subject = table.caption.replace(/^(?:\*\*)?Table\s+[\dIVX]+[.:]\s*(?:\*\*)?\s*/i, "").replace(/\.$/, "");
  // A table without a caption is named by the article, not by a string of its headers.
  if (!subject) return articleSubject ?? table.headers.join(", ");
  // "Summary of algorithms" says nothing of which; the article's subject does.
  const words = subject
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter((word) => word && !FUNCTION_WORDS.has(word));
  if (articleSubject && words.length <= 3 && !hasTermOfTheField(subject.charAt(0).toLowerCase() + subject.slice(1)))
    return `${articleSubject}, ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
  return subject;
}

interface AskedColumn {
  header: string;
  cells: string[];
  values: number[];
}

/** The columns worth asking: figures in one unit, no count of the evidence, no quantity restated or computed. */
function askedColumns(table: ArticleTable, rows: string[][]): AskedColumn[] {
  // "BDP (segments)" → "bdp".
  const quantity = (header: string) => {
    const aside = header.trimEnd().endsWith(")") ? header.lastIndexOf(" (") : -1;
    return (aside > 0 ? header.slice(0, aside) : header).trim().toLowerCase();
  };
  const labelValues = columnValues(rows.map((row) => row[0]));
  const numeric: number[][] = labelValues ? [labelValues] : [];
  const asked: AskedColumn[] = [];
  table.headers.forEach((header, column) => {
    if (column === 0) return;
    const cells = rows.map((row) => row[column]);
    const values = columnValues(cells);
    if (!values) return;
    // "Approx. size at equal quality (JPEG = 100)": figures relative to one row, which the header names.
    const restated =
      table.headers.slice(1, column).some((other) => quantity(other) === quantity(header)) || /=/.test(header);
    if (!COUNT_HEADER.test(header) && !restated && !isComputed(values, numeric)) asked.push({ header, cells, values });
    numeric.push(values);
  });
  return asked;
}

export function tableCards(
  table: ArticleTable,
  source: SourceSpan,
  claimId: string,
  topicId: string,
  articleSubject?: string | null,
): GeneratedCard[] {
  const subject = tableSubject(table, articleSubject);
  const rowNoun = table.headers[0].toLowerCase();
  // "DDPM [5]": a row's citation is no part of its name, and would give the order away.
  const allRows = table.rows.map((row) => [
    row[0].replace(/\[\d{1,3}(?:[,–-]\d{1,3})*\]/g, "").trim(),
    ...row.slice(1),
  ]);
  // "Total (root-sum-square)", "Mean": a row that sums the others is no row to compare with them.
  const rows = allRows.filter((row) => !AGGREGATE_ROW.test(row[0]));
  const labels = rows.map((row) => row[0]);
  if (labels.some((label) => !label) || new Set(labels).size !== labels.length || rows.length < 3) return [];
  const cards: GeneratedCard[] = [];
  const card = (
    type: GeneratedCard["type"],
    part: string,
    content: Pick<GeneratedCard, "prompt" | "answer" | "options">,
    quality: number,
  ) =>
    cards.push({ key: stableKey(claimId, type, part), type, claimId, topicId, source, refs: [], quality, ...content });
  const columns = askedColumns(table, rows);
  // One finding per row ("change in days of therapy") is worth each row; a table of many figures is
  // asked for what stands out.
  const sorted = columns.length === 1 ? [...columns[0].values].map(Math.abs).sort((a, b) => a - b) : [];
  // (Years are told apart however close: 1988 and 1990.)
  const years = columns.length === 1 && /\b(?:year|date)\b/i.test(columns[0].header);
  const apart = years || sorted.every((value, i) => i === 0 || value - sorted[i - 1] >= MIN_VALUE_GAP * value);
  const everyRow = columns.length === 1 && apart;
  for (const { header, cells, values } of columns) {
    // "the largest change" of −24%, −19% and −9% is −24%: a change's size is its magnitude.
    const sizes = values.map(Math.abs);
    const extremes = new Map<number, "largest" | "smallest">();
    for (const [which, size] of [
      ["largest", Math.max(...sizes)],
      ["smallest", Math.min(...sizes)],
    ] as const)
      if (sizes.filter((other) => other === size).length === 1) extremes.set(sizes.indexOf(size), which);
    rows.slice(0, MAX_ROW_CARDS).forEach((row, index) => {
      const extreme = extremes.get(index);
      if (extreme) {
        if (!everyRow && cards.length >= MAX_EXTREME_CARDS) return;
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
            prompt: `${subject}: which ${rowNoun} showed the ${superlative} ${headerInSentence(header)}?`,
            answer: row[0],
            options: [row[0], ...others].sort((a, b) => a.localeCompare(b)),
          },
          0.8,
        );
        return;
      }
      // Multiple choice needs three distractors of the same kind: the other rows' values.
      const others = [...new Set(cells)].filter((cell) => cell !== cells[index]);
      if (!everyRow || others.length < 3) return;
      card(
        "MULTIPLE_CHOICE",
        `row|${header}|${row[0]}`,
        {
          prompt: `${subject}: what ${headerInSentence(header)} went with ${inSentence(row[0])}?`,
          answer: cells[index],
          options: [cells[index], ...others.slice(0, 3)].sort(
            (a, b) => values[cells.indexOf(a)] - values[cells.indexOf(b)],
          ),
        },
        0.7,
      );
    });
  }
  return cards;
}
