import type { SchedulingState } from "../scheduling/fsrs";

export interface CardReference {
  number: number;
  title: string;
  authors: string | null;
  year: number | null;
}

/** Everything the review page needs to show and grade one card. */
export interface ReviewCardView {
  cardId: string;
  version: number;
  type: string;
  prompt: string;
  answer: string;
  options: string[];
  /** The student has edited this card's prompt or answer. */
  edited: boolean;
  deckId: string;
  topic: string;
  /** What the deck calls its topics, e.g. "mechanism". */
  topicLabel: string;
  deckTitle: string;
  sourceSection: string;
  sourceSentence: string;
  references: CardReference[];
  isNew: boolean;
  /** ISO due date per grade 1-4, from ts-fsrs repeat(). */
  previewDue: Record<number, string>;
  /** Interval labels per grade, e.g. "10m", "3d". */
  previewLabels: Record<number, string>;
  /** The card's FSRS memory as the previews were computed from it, so a grade given offline can be scheduled on the device. */
  memory: CardMemory;
}

/** SchedulingState as JSON: the same fields, with dates as ISO strings. */
export interface CardMemory {
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
}

export interface ReviewQueue {
  cards: ReviewCardView[];
  dueCount: number;
  newCount: number;
  newIntroducedToday: number;
  dailyNewLimit: number;
  reviewedToday: number;
}

export interface GradeInput {
  userId: string;
  cardId: string;
  rating: number;
  clientReviewId: string;
  expectedVersion: number;
  durationMs: number;
}

export interface GradeResult {
  clientReviewId: string;
  cardId: string;
  /** true when this request repeated an already applied review. */
  duplicate: boolean;
  version: number;
  state: SchedulingState;
}
