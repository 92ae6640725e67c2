import type { Db } from "../client";
import { execute, inTransaction, queryRows } from "../sql";
import { loadSettings } from "../settings";
import { rememberState } from "./memory";
import { forgetSnapshotsAfter } from "../progress/statements";
import { rollbackReview, type Grade, type SchedulingState } from "../../scheduling/fsrs";
import { reviewConflict, reviewNotFound, undoNotLatest } from "../../review/errors";
import {
  deleteReviewLog,
  restoreState,
  schedulingParams,
  schedulingStateOf,
  selectLatestLogId,
  selectReviewLog,
  selectStateForUpdate,
  stateBeforeOf,
} from "./statements";

export interface UndoResult {
  cardId: string;
  version: number;
  state: SchedulingState;
}

/**
 * Rolls back a user's latest review of a card and deletes its log, in one transaction, with the
 * stored recall-history days that had counted the review.
 */
export async function undoReview(db: Db, userId: string, clientReviewId: string): Promise<UndoResult> {
  const settings = await loadSettings(db, userId);
  const undone = await inTransaction(db.pool, async (tx) => {
    const [log] = await queryRows(tx, selectReviewLog, [userId, clientReviewId]);
    if (!log) throw reviewNotFound();
    const [current] = await queryRows(tx, selectStateForUpdate, [userId, log.cardId]);
    if (!current) throw reviewNotFound();
    const [latest] = await queryRows(tx, selectLatestLogId, [userId, log.cardId]);
    if (latest?.id !== log.id) throw undoNotLatest();
    const before = stateBeforeOf(log);
    const restored = rollbackReview(settings, schedulingStateOf(current), before, log.rating as Grade, log.reviewedAt);
    if ((await execute(tx, restoreState, [...schedulingParams(restored), current.id])) !== 1) throw reviewConflict();
    await execute(tx, deleteReviewLog, [log.id]);
    await execute(tx, forgetSnapshotsAfter, [userId, log.reviewedAt]);
    return { cardId: log.cardId, stateId: current.id, version: current.version + 1, state: restored };
  });
  rememberState(userId, undone.cardId, { stateId: undone.stateId, version: undone.version, state: undone.state });
  return { cardId: undone.cardId, version: undone.version, state: undone.state };
}
