import type { Db } from "../client";
import { isUniqueViolation, queryRows } from "../sql";
import { scheduleReview, State, type Grade, type SchedulingState } from "../../scheduling/fsrs";
import { settingsFromRow } from "../../scheduling/settings";
import { studyDayContaining } from "../../scheduling/study-day";
import { buildCardView, type CardContent } from "../../review/card-view";
import { chooseNextCard, newCardBudget } from "../../review/next-card";
import { cardNotFound, reviewConflict } from "../../review/errors";
import type { GradeInput, GradeResult, ReviewCardView } from "../../review/types";
import { queueRowView } from "./queue";
import {
  gradeAndSelectNext,
  schedulingParams,
  schedulingStateOf,
  selectGradeTarget,
  selectGradeTargetWithContent,
  selectReviewLog,
  type GradeAndNextRow,
  type GradeTargetRow,
  type QueueRow,
  type ReviewLogRow,
} from "./statements";

export interface GradeOutcome {
  result: GradeResult;
  /** The graded card with fresh previews, when asked for (it comes back in this sitting). */
  card: ReviewCardView | null;
  /** The next card of today's queue, or null when the day is done. */
  next: ReviewCardView | null;
}

/**
 * The review hot path in two round trips: one read (state, content and settings),
 * then one statement that applies the grade atomically and selects the next card.
 * Idempotent on clientReviewId; a stale version is a conflict.
 */
export async function gradeAndLoadNext(
  db: Db,
  input: GradeInput,
  now: Date,
  options: { wantCard?: boolean } = {},
): Promise<GradeOutcome> {
  const [target]: (GradeTargetRow & Partial<CardContent>)[] = await queryRows(
    db.pool,
    options.wantCard ? selectGradeTargetWithContent : selectGradeTarget,
    [input.userId, input.cardId],
  );
  if (!target) throw cardNotFound();
  const settings = settingsFromRow(target);
  if (target.version !== input.expectedVersion) {
    return { result: await replayOrConflict(db, input), card: null, next: null };
  }
  const before = schedulingStateOf(target);
  const after = scheduleReview(settings, before, now, input.rating as Grade);
  const day = studyDayContaining(now, settings.timeZone, settings.dayRolloverHour);
  let rows: GradeAndNextRow[];
  try {
    rows = await queryRows(db.pool, gradeAndSelectNext, [
      ...schedulingParams(after),
      target.id,
      input.expectedVersion,
      input.userId,
      input.cardId,
      input.clientReviewId,
      input.rating,
      now,
      input.durationMs,
      ...schedulingParams(before),
      day.start,
      day.end,
    ]);
  } catch (error) {
    // A concurrent retry of the same review won the race: answer as it did.
    if (!isUniqueViolation(error)) throw error;
    return { result: await replayOrConflict(db, input), card: null, next: null };
  }
  if (rows[0].applied !== 1) return { result: await replayOrConflict(db, input), card: null, next: null };

  const version = input.expectedVersion + 1;
  const introducedToday = rows[0].introduced + (before.state === State.New ? 1 : 0);
  const candidates = rows.filter((row): row is GradeAndNextRow & QueueRow => row.cardId != null);
  const next = chooseNextCard(candidates, newCardBudget(settings.dailyNewLimit, introducedToday));
  return {
    result: { clientReviewId: input.clientReviewId, cardId: input.cardId, duplicate: false, version, state: after },
    card: hasContent(target) ? buildCardView({ ...target, cardId: input.cardId, version }, after, settings, now) : null,
    next: next ? queueRowView(next, settings, now) : null,
  };
}

const hasContent = <T extends Partial<CardContent>>(row: T): row is T & CardContent => row.prompt !== undefined;

async function replayOrConflict(db: Db, input: GradeInput): Promise<GradeResult> {
  const [log] = await queryRows(db.pool, selectReviewLog, [input.userId, input.clientReviewId]);
  if (!log || log.cardId !== input.cardId) throw reviewConflict();
  return resultFromLog(log);
}

/** A retried review answers exactly as the first attempt did. */
export function resultFromLog(log: ReviewLogRow): GradeResult {
  const lapsed = log.rating === 1 && log.stateBefore === State.Review;
  const state: SchedulingState = {
    state: log.stateAfter,
    due: log.dueAfter,
    stability: log.stabilityAfter,
    difficulty: log.difficultyAfter,
    scheduledDays: log.scheduledDaysAfter,
    learningSteps: log.learningStepsAfter,
    reps: log.repsBefore + 1,
    lapses: log.lapsesBefore + (lapsed ? 1 : 0),
    lastReview: log.reviewedAt,
  };
  return { clientReviewId: log.clientReviewId, cardId: log.cardId, duplicate: true, version: log.version ?? 0, state };
}
