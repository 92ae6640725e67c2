import type { Db } from "../client";
import { isUniqueViolation, queryRows } from "../sql";
import { scheduleReview, State, type Grade, type SchedulingState } from "../../scheduling/fsrs";
import { settingsFromRow, type UserSchedulingSettings } from "../../scheduling/settings";
import { studyDayContaining } from "../../scheduling/study-day";
import { buildCardView, type CardContent } from "../../review/card-view";
import { chooseNextCard, newCardBudget } from "../../review/next-card";
import { cardNotFound, reviewConflict } from "../../review/errors";
import type { GradeInput, GradeResult, ReviewCardView } from "../../review/types";
import { forgetState, knownSettings, knownState, rememberSettings, rememberState } from "./memory";
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

/** What a grade is computed from. */
interface GradeTarget {
  stateId: string;
  before: SchedulingState;
  settings: UserSchedulingSettings;
  content?: CardContent;
}

/**
 * The review hot path. When this server already knows the card's state at the version the
 * client saw, and the student's settings, one statement applies the grade atomically and
 * selects the next card; otherwise one read comes first. Idempotent on clientReviewId; a
 * stale version is a conflict.
 */
export async function gradeAndLoadNext(
  db: Db,
  input: GradeInput,
  now: Date,
  options: { wantCard?: boolean } = {},
): Promise<GradeOutcome> {
  const known = options.wantCard ? undefined : knownState(input.userId, input.cardId, input.expectedVersion);
  const settings = knownSettings(input.userId, now.getTime());
  if (known && settings) {
    const outcome = await applyGrade(db, input, now, { stateId: known.stateId, before: known.state, settings });
    if (outcome) return outcome;
    // The card moved on elsewhere (or was retired): read it and answer as the read says.
    forgetState(input.userId, input.cardId);
  }
  return gradeAfterRead(db, input, now, options.wantCard ?? false);
}

async function gradeAfterRead(db: Db, input: GradeInput, now: Date, wantCard: boolean): Promise<GradeOutcome> {
  const [target]: (GradeTargetRow & Partial<CardContent>)[] = await queryRows(
    db.pool,
    wantCard ? selectGradeTargetWithContent : selectGradeTarget,
    [input.userId, input.cardId],
  );
  if (!target) throw cardNotFound();
  const settings = settingsFromRow(target);
  rememberSettings(input.userId, settings, now.getTime());
  if (target.version !== input.expectedVersion) return replayOrConflict(db, input);
  const content = hasContent(target) ? target : undefined;
  const outcome = await applyGrade(db, input, now, {
    stateId: target.id,
    before: schedulingStateOf(target),
    settings,
    content,
  });
  return outcome ?? replayOrConflict(db, input);
}

/** Applies the grade and selects the next card; null when the state was not at the expected version. */
async function applyGrade(db: Db, input: GradeInput, now: Date, target: GradeTarget): Promise<GradeOutcome | null> {
  const { before, settings } = target;
  const after = scheduleReview(settings, before, now, input.rating as Grade);
  const day = studyDayContaining(now, settings.timeZone, settings.dayRolloverHour);
  let rows: GradeAndNextRow[];
  try {
    rows = await queryRows(db.pool, gradeAndSelectNext, [
      ...schedulingParams(after),
      target.stateId,
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
    return replayOrConflict(db, input);
  }
  if (rows[0].applied !== 1) return null;

  const version = input.expectedVersion + 1;
  rememberState(input.userId, input.cardId, { stateId: target.stateId, version, state: after });
  const introducedToday = rows[0].introduced + (before.state === State.New ? 1 : 0);
  const candidates = rows.filter((row): row is GradeAndNextRow & QueueRow => row.cardId != null);
  const next = chooseNextCard(candidates, newCardBudget(settings.dailyNewLimit, introducedToday));
  if (next) {
    rememberState(input.userId, next.cardId, {
      stateId: next.stateId,
      version: next.version,
      state: schedulingStateOf(next),
    });
  }
  const card = target.content ? { ...target.content, cardId: input.cardId, version } : null;
  return {
    result: { clientReviewId: input.clientReviewId, cardId: input.cardId, duplicate: false, version, state: after },
    card: card ? buildCardView(card, after, settings, now) : null,
    next: next ? queueRowView(next, settings, now) : null,
  };
}

const hasContent = <T extends Partial<CardContent>>(row: T): row is T & CardContent => row.prompt !== undefined;

async function replayOrConflict(db: Db, input: GradeInput): Promise<GradeOutcome> {
  const [log] = await queryRows(db.pool, selectReviewLog, [input.userId, input.clientReviewId]);
  if (!log || log.cardId !== input.cardId) throw reviewConflict();
  return { result: resultFromLog(log), card: null, next: null };
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
