/**
 * Per-topic mastery from each card's FSRS memory state. Every figure is over a topic's live
 * cards (retired cards never reach here); suspended cards are counted apart and left out of
 * the recall, coverage and mastery figures, since they are not being studied.
 */
import { State } from "../scheduling/fsrs";
import { masteryLabel, type MasteryLabel } from "./labels";
import { retrievabilityAt, type ForgettingCurve } from "./retrievability";

/** Anki's line between young and mature cards, in days; mastered cards need this stability too. */
export const MATURE_DAYS = 21;

/** One live card's state for one user. */
export interface CardProgressRow {
  topicId: string;
  claimId: string;
  state: number;
  stability: number;
  lastReview: Date | null;
  due: Date;
  suspended: boolean;
}

export interface CardsByState {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
}

export interface MasteryFigures {
  /** Live, unsuspended cards. */
  cards: number;
  studied: number;
  mastered: number;
  /** Sum of R over the studied cards: "about 34 of 60 cards". */
  estimatedKnowledge: number;
  /** Mean R over the cards, never-studied ones counting 0. */
  recallNow: number;
  /** Share of the cards studied at least once. */
  coverage: number;
  byState: CardsByState;
  lastStudied: Date | null;
  label: MasteryLabel;
}

export interface MasteryOptions {
  curve: ForgettingCurve;
  desiredRetention: number;
  now: Date;
}

/** R now of a studied card, or null for a card never reviewed. */
export function cardRecall(card: Pick<CardProgressRow, "state" | "lastReview" | "stability">, options: MasteryOptions) {
  if (card.state === State.New || !card.lastReview) return null;
  return retrievabilityAt(options.curve, card, options.now);
}

/** Mastered: studied, R at least the user's desired retention, and stability of 21 days or more. */
export function isMastered(recall: number | null, stability: number, desiredRetention: number): boolean {
  return recall !== null && recall >= desiredRetention && stability >= MATURE_DAYS;
}

const STATE_KEYS: Record<number, keyof CardsByState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/** The figures for any set of cards: a topic, or a whole deck. */
export function masteryOf(cards: readonly CardProgressRow[], options: MasteryOptions): MasteryFigures {
  const byState: CardsByState = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
  let count = 0;
  let studied = 0;
  let mastered = 0;
  let recallSum = 0;
  let lastStudied: Date | null = null;
  for (const card of cards) {
    if (card.lastReview && (!lastStudied || card.lastReview > lastStudied)) lastStudied = card.lastReview;
    if (card.suspended) {
      byState.suspended++;
      continue;
    }
    byState[STATE_KEYS[card.state] ?? "new"]++;
    count++;
    const recall = cardRecall(card, options);
    if (recall === null) continue;
    studied++;
    recallSum += recall;
    if (isMastered(recall, card.stability, options.desiredRetention)) mastered++;
  }
  const recallNow = count === 0 ? 0 : recallSum / count;
  return {
    cards: count,
    studied,
    mastered,
    estimatedKnowledge: recallSum,
    recallNow,
    coverage: count === 0 ? 0 : studied / count,
    byState,
    lastStudied,
    label: masteryLabel({ cards: count, studied, mastered, recallNow }),
  };
}

/** Cards grouped by topic id, in one pass. */
export function cardsByTopic(cards: readonly CardProgressRow[]): Map<string, CardProgressRow[]> {
  const groups = new Map<string, CardProgressRow[]>();
  for (const card of cards) {
    const group = groups.get(card.topicId);
    if (group) group.push(card);
    else groups.set(card.topicId, [card]);
  }
  return groups;
}
