/**
 * The review outbox's rules, free of storage and the network: which version a grade expects,
 * which cards a waiting grade has taken out of the queue, and how long to wait before a retry.
 */
import type { ReviewCardView } from "../review/types";

export interface GradeOperation {
  kind: "grade";
  clientReviewId: string;
  cardId: string;
  rating: number;
  durationMs: number;
  /** The version this grade expects when no answer from the server says otherwise. */
  fallbackVersion: number;
  wantCard: boolean;
}

export interface UndoOperation {
  kind: "undo";
  clientReviewId: string;
}

export type OutboxOperation = GradeOperation | UndoOperation;

/** One operation as the device keeps it: per user, in the order it was made. */
export interface StoredOperation {
  key: string;
  userId: string;
  order: number;
  operation: OutboxOperation;
}

export const operationKey = (operation: OutboxOperation) => `${operation.kind}:${operation.clientReviewId}`;

/**
 * Every grade moves its card's version on by one, so a second grade of a card whose first grade is
 * still waiting expects that grade's version plus one, even after the page was closed in between.
 */
export function expectedVersionFor(pending: readonly OutboxOperation[], cardId: string, shownVersion: number): number {
  let version = shownVersion;
  for (const operation of pending) {
    if (operation.kind === "grade" && operation.cardId === cardId) version = operation.fallbackVersion + 1;
  }
  return version;
}

/** The grades still waiting that no waiting undo takes back: their cards are done for this sitting. */
export function waitingGrades(pending: readonly OutboxOperation[]): GradeOperation[] {
  const undone = new Set(pending.filter((op) => op.kind === "undo").map((op) => op.clientReviewId));
  return pending.filter((op): op is GradeOperation => op.kind === "grade" && !undone.has(op.clientReviewId));
}

/**
 * A queue the server rendered before the device's waiting grades reached it still holds their
 * cards: those done for today leave it, and those a grade brings back in this sitting (a learning
 * step) move to its end, as they would have had the page stayed open.
 */
export function queueAfterWaitingGrades(cards: readonly ReviewCardView[], pending: readonly OutboxOperation[]) {
  const grades = waitingGrades(pending);
  const done = new Set(grades.filter((op) => !op.wantCard).map((op) => op.cardId));
  const back = new Set(grades.filter((op) => op.wantCard).map((op) => op.cardId));
  const untouched = cards.filter((card) => !done.has(card.cardId) && !back.has(card.cardId));
  return [...untouched, ...cards.filter((card) => back.has(card.cardId) && !done.has(card.cardId))];
}

export const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10000] as const;

export const retryDelay = (attempt: number) => RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];

/** Orders operations made in one page and across reloads: time first, a counter within a millisecond. */
export function orderAfter(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}
