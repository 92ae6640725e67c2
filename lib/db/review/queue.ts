import type { Db } from "../client";
import { queryRows } from "../sql";
import { loadSettings } from "../settings";
import { studyDayContaining } from "../../scheduling/study-day";
import { buildCardView } from "../../review/card-view";
import { newCardBudget } from "../../review/next-card";
import { cardNotFound } from "../../review/errors";
import type { ReviewCardView, ReviewQueue } from "../../review/types";
import type { UserSchedulingSettings } from "../../scheduling/settings";
import { rememberState } from "./memory";
import { schedulingStateOf, selectCard, selectQueue, type QueueRow } from "./statements";
import {
  selectClaimQueue,
  selectClaimQueueCounts,
  selectDeckQueue,
  selectQueueCounts,
  selectTopicQueue,
  selectTopicQueueCounts,
} from "./queue-statements";

export interface QueueOptions {
  /** Most cards to return; counts always cover the whole day. */
  limit?: number;
  excludeCardIds?: string[];
  /** Only this deck's cards (the daily new-card limit still counts every deck). */
  deckId?: string | null;
  /** Only this topic's cards ("study this mechanism"); the same daily new-card limit. */
  topicId?: string | null;
  /** Only this claim's cards, due or not yet due; the same daily new-card limit. */
  claimId?: string | null;
}

/** The narrowest scope asked for: its queue and counts statements, and the id they take. */
function scopeOf(options: QueueOptions) {
  if (options.claimId) return { queue: selectClaimQueue, counts: selectClaimQueueCounts, id: options.claimId };
  if (options.topicId) return { queue: selectTopicQueue, counts: selectTopicQueueCounts, id: options.topicId };
  if (options.deckId) return { queue: selectDeckQueue, counts: selectQueueCounts, id: options.deckId };
  return { queue: selectQueue, counts: selectQueueCounts, id: null };
}

export function queueRowView(row: QueueRow, settings: UserSchedulingSettings, now: Date): ReviewCardView {
  return buildCardView(row, schedulingStateOf(row), settings, now);
}

/** The states a page is about to show, so that grading them needs no read. */
function rememberRows(userId: string, rows: QueueRow[]) {
  for (const row of rows) {
    rememberState(userId, row.cardId, { stateId: row.stateId, version: row.version, state: schedulingStateOf(row) });
  }
}

/**
 * Today's queue: cards due now, most overdue first, then new cards up to the
 * daily limit counted in the user's own study day.
 */
export async function loadReviewQueue(
  db: Db,
  userId: string,
  now: Date,
  options: QueueOptions = {},
): Promise<ReviewQueue> {
  const limit = options.limit ?? 500;
  const exclude = options.excludeCardIds ?? [];
  const scope = scopeOf(options);
  const settings = await loadSettings(db, userId);
  const day = studyDayContaining(now, settings.timeZone, settings.dayRolloverHour);
  const [counts] = await queryRows(db.pool, scope.counts, [userId, now, day.start, day.end, scope.id]);
  const budget = newCardBudget(settings.dailyNewLimit, counts.introduced);
  const newLimit = Math.min(budget, limit);
  const rows = scope.id
    ? await queryRows(db.pool, scope.queue, [userId, now, exclude, limit, newLimit, scope.id])
    : await queryRows(db.pool, scope.queue, [userId, now, exclude, limit, newLimit]);
  rememberRows(userId, rows);
  return {
    cards: rows.map((row) => queueRowView(row, settings, now)),
    dueCount: counts.due,
    newCount: Math.min(budget, counts.fresh),
    newIntroducedToday: counts.introduced,
    dailyNewLimit: settings.dailyNewLimit,
    reviewedToday: counts.reviewed,
  };
}

/** One card's view, for the page after an undo or a conflict. */
export async function loadCardView(db: Db, userId: string, cardId: string, now: Date): Promise<ReviewCardView> {
  const [row] = await queryRows(db.pool, selectCard, [userId, cardId]);
  if (!row) throw cardNotFound();
  rememberRows(userId, [row]);
  return queueRowView(row, await loadSettings(db, userId), now);
}
