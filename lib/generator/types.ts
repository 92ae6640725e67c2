import type { Reference } from "./structure";

export type GeneratedCardType = "CLOZE" | "QUESTION" | "MULTIPLE_CHOICE" | "TOPIC" | "REFERENCE";

export interface SourceSpan {
  section: string;
  sentence: string;
  start: number;
  end: number;
}

export interface GeneratedTopic {
  id: string;
  name: string;
}

export interface GeneratedClaim {
  id: string;
  topicId: string;
  text: string;
  variants: SourceSpan[];
  refs: number[];
}

export interface GeneratedCard {
  key: string;
  type: GeneratedCardType;
  prompt: string;
  answer: string;
  options?: string[];
  claimId: string;
  topicId: string;
  source: SourceSpan;
  refs: number[];
  quality: number;
}

/** What became of one statement: carded, covered by a restatement's card, or dropped and why. */
export type StatementStatus = "carded" | "restated" | "evaluation" | "no-shape" | "low-score";

export interface StatementCoverage {
  sentence: string;
  section: string;
  start: number;
  /** Cited, a definition, a number, an enumeration, or its claim's main statement. */
  important: boolean;
  status: StatementStatus;
}

export interface GeneratedDeck {
  article: { title: string; authors: string[]; references: Reference[] };
  cleanText: string;
  topics: GeneratedTopic[];
  claims: GeneratedClaim[];
  cards: GeneratedCard[];
  warnings: string[];
  coverage: StatementCoverage[];
  /** Every candidate card, only when asked for (labelling the ranker's data). */
  /** Every template's output, with why it was rejected, for reading the generator's choices. */
  candidates?: (GeneratedCard & { rejected?: string })[];
}
