import type { Paragraph } from "./structure";

export interface Sentence {
  text: string;
  /** Offsets into the cleaned article text. */
  start: number;
  end: number;
  section: string;
  citations: number[];
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const BRACKET_CITATION = /\s*\[(\d+(?:\s*[-–,]\s*\d+)*)\]/g;

export function citedNumbers(sentence: string): number[] {
  const numbers: number[] = [];
  for (const match of sentence.matchAll(BRACKET_CITATION)) {
    for (const part of match[1].split(/\s*,\s*/)) {
      const range = part.split(/\s*[-–]\s*/).map(Number);
      if (range.length === 2 && range[1] >= range[0] && range[1] - range[0] < 50) {
        for (let n = range[0]; n <= range[1]; n++) numbers.push(n);
      } else {
        numbers.push(range[0]);
      }
    }
  }
  return [...new Set(numbers)];
}

export function stripCitations(sentence: string): string {
  return sentence.replace(BRACKET_CITATION, "").replace(/\s+([.,;:])/g, "$1").trim();
}

export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const segment of segmenter.segment(paragraph.text)) {
      const text = segment.segment.trim();
      if (!text) continue;
      const start = paragraph.start + segment.index + segment.segment.indexOf(text);
      sentences.push({ text, start, end: start + text.length, section: paragraph.section, citations: citedNumbers(text) });
    }
  }
  return sentences;
}
