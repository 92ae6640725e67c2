/**
 * The review queue within a scope (a deck, a topic or a claim) and the day's counts: the
 * statements loadReviewQueue picks from, beside the all-decks queue in statements.ts.
 */
import { State } from "../../scheduling/fsrs";
import { statement } from "../sql";
import { CARD_CONTENT_JOINS, LEARNING_STATE_LIST, QUEUE_ORDER, QUEUE_ROW_COLUMNS, type QueueRow } from "./statements";

/** The columns a queue can be limited by: one deck, one topic (a "mechanism"), or one claim. */
export type QueueScope = "deckId" | "topicId" | "claimId";

/** Live cards of the scope, joined as `k` to the CardState `s` being filtered. */
const scopedCard = (scope: QueueScope) =>
  `JOIN "Card" k ON k.id = s."cardId" AND k."${scope}" = $6 AND k."retiredAt" IS NULL`;

/**
 * The queue within one scope: $6 the deck, topic or claim. A claim's session also offers the
 * claim's studied cards that are not due yet (after the due ones): it is opened to work on that
 * claim now, and FSRS schedules an early review from the recall it finds.
 */
function scopedQueue(scope: QueueScope, options: { ahead?: boolean } = {}) {
  const where = `s."userId" = $1 AND s.suspended = false AND s."cardId" <> ALL($3::text[])`;
  const ahead = options.ahead
    ? `UNION ALL
     (SELECT s.* FROM "CardState" s ${scopedCard(scope)}
      WHERE ${where} AND s.state IN ${LEARNING_STATE_LIST} AND s.due > $2
      ORDER BY s.due, s.id LIMIT $4)`
    : "";
  return `SELECT ${QUEUE_ROW_COLUMNS}
   FROM (
     (SELECT s.* FROM "CardState" s ${scopedCard(scope)}
      WHERE ${where} AND s.state IN ${LEARNING_STATE_LIST} AND s.due <= $2
      ORDER BY s.due, s.id LIMIT $4)
     UNION ALL
     (SELECT s.* FROM "CardState" s ${scopedCard(scope)}
      WHERE ${where} AND s.state = ${State.New}
      ORDER BY s."newPosition", s.id LIMIT $5)
     ${ahead}
   ) s ${CARD_CONTENT_JOINS}
   ORDER BY ${QUEUE_ORDER}`;
}

/** The same within one deck: $6 deck. */
export const selectDeckQueue = statement<QueueRow>("review.deck-queue", scopedQueue("deckId"));

/** Within one topic ("study this mechanism"): $6 topic. */
export const selectTopicQueue = statement<QueueRow>("review.topic-queue", scopedQueue("topicId"));

/** Within one claim (from the weakest claims): $6 claim. */
export const selectClaimQueue = statement<QueueRow>("review.claim-queue", scopedQueue("claimId", { ahead: true }));

export interface QueueCountsRow {
  due: number;
  fresh: number;
  reviewed: number;
  introduced: number;
}

/** The day's review counts; due and new cards within `cardFilter` on the Card `c` ($5). */
function countsQuery(cardFilter: string) {
  return `SELECT
     (SELECT count(*)::int FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
      WHERE s."userId" = $1 AND s.suspended = false AND s.state IN ${LEARNING_STATE_LIST} AND s.due <= $2
        AND c."retiredAt" IS NULL AND ${cardFilter}) AS due,
     (SELECT count(*)::int FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
      WHERE s."userId" = $1 AND s.suspended = false AND s.state = ${State.New} AND c."retiredAt" IS NULL
        AND ${cardFilter}) AS fresh,
     (SELECT count(*)::int FROM "ReviewLog"
      WHERE "userId" = $1 AND "reviewedAt" >= $3 AND "reviewedAt" < $4) AS reviewed,
     (SELECT count(*)::int FROM "ReviewLog"
      WHERE "userId" = $1 AND "reviewedAt" >= $3 AND "reviewedAt" < $4 AND "stateBefore" = ${State.New}) AS introduced`;
}

/** $1 user, $2 now, $3 study day start, $4 study day end, $5 deck or null. */
export const selectQueueCounts = statement<QueueCountsRow>(
  "review.counts",
  countsQuery(`($5::text IS NULL OR c."deckId" = $5)`),
);

/** The same within one topic ($5). */
export const selectTopicQueueCounts = statement<QueueCountsRow>("review.topic-counts", countsQuery(`c."topicId" = $5`));

/** The same within one claim ($5). */
export const selectClaimQueueCounts = statement<QueueCountsRow>("review.claim-counts", countsQuery(`c."claimId" = $5`));
