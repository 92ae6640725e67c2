/**
 * The progress dashboard's SQL. Card states come back one row per card (5,000 rows is cheap);
 * anything over review logs is aggregated here, over the (userId, reviewedAt) index, so no log
 * reaches JavaScript.
 */
import { State } from "../../scheduling/fsrs";
import type { DailyReviewsRow } from "../../progress/activity";
import type { RecallSumRow } from "../../progress/history";
import type { CardProgressRow } from "../../progress/mastery";
import type { RetentionCountsRow } from "../../progress/retention";
import type { StoredSnapshot } from "../../progress/snapshots";
import { statement } from "../sql";

/**
 * FSRS-6 retrievability in SQL, the same curve as lib/progress/retrievability.ts: `factor` and
 * `decay` are parameters computed there from the user's weights. date_part gives float8 (extract
 * would give numeric, which is far slower under power()).
 */
export function retrievabilitySql(at: string, since: string, stability: string, factor: string, decay: string) {
  return `power(1 + ${factor} * greatest(date_part('epoch', ${at} - ${since}), 0) / 86400 / ${stability}, -${decay})`;
}

export interface ProgressDeckRow {
  id: string;
  title: string;
  topicLabel: string;
}

/** $1 user, $2 deck: the deck, if the user may study it (shared, or their own). */
export const selectProgressDeck = statement<ProgressDeckRow>(
  "progress.deck",
  `SELECT id, title, "topicLabel" FROM "Deck" WHERE id = $2 AND ("ownerId" IS NULL OR "ownerId" = $1)`,
);

/** $1 deck. */
export const selectTopics = statement<{ id: string; name: string }>(
  "progress.topics",
  `SELECT id, name FROM "Topic" WHERE "deckId" = $1 ORDER BY position, id`,
);

/** $1 user, $2 deck: each live card's memory state. */
export const selectCardProgress = statement<CardProgressRow>(
  "progress.cards",
  `SELECT c."topicId", c."claimId", s.state, s.stability, s."lastReview", s.due, s.suspended
   FROM "Card" c JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
   WHERE c."deckId" = $2 AND c."retiredAt" IS NULL`,
);

/**
 * Per topic and past day (1-based in $3), the sum of R over the topic's live, unsuspended cards at
 * the end of that day. A card's state at the end of day d is the one its last review before then
 * left, which holds until its next review: each review log names the review before it and the
 * stability that one left (lastReviewBefore, stabilityBefore), so the logs since the window opened
 * give every span that ends inside it, and the current card states give the spans still open.
 * Each span is expanded over the day ends it covers, which width_bucket finds in the sorted array;
 * times are epoch seconds, so the per-day work is float arithmetic and one power(). (A set-returning
 * function in the select list streams its rows; in FROM it would fill a tuplestore per span.)
 *  $1 user, $2 deck, $3 day ends (epoch seconds, ascending), $4 F, $5 w20, $6 the first day's start.
 */
export const selectRecallHistory = statement<RecallSumRow>(
  "progress.recall-history",
  `WITH live AS MATERIALIZED (
     SELECT c.id, c."topicId", s.stability, s."lastReview"
     FROM "Card" c JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
     WHERE c."deckId" = $2 AND c."retiredAt" IS NULL AND NOT s.suspended
   ), spans AS (
     SELECT live."topicId", l."lastReviewBefore" AS since, l."stabilityBefore" AS stability, l."reviewedAt" AS until
     FROM "ReviewLog" l JOIN live ON live.id = l."cardId"
     WHERE l."userId" = $1 AND l."reviewedAt" >= $6 AND l."lastReviewBefore" IS NOT NULL
     UNION ALL
     SELECT "topicId", "lastReview", stability, NULL FROM live WHERE "lastReview" IS NOT NULL
   ), curves AS (
     SELECT "topicId", date_part('epoch', since) AS since, $4::float8 / 86400 / stability AS rate,
            width_bucket(date_part('epoch', since), $3::float8[]) + 1 AS "firstDay",
            coalesce(width_bucket(date_part('epoch', until), $3::float8[]), cardinality($3::float8[])) AS "lastDay"
     FROM spans WHERE stability > 0
   )
   SELECT "topicId", day, sum(power(1 + rate * (($3::float8[])[day] - since), -$5::float8)) AS "recallSum"
   FROM (SELECT "topicId", rate, since, generate_series("firstDay", "lastDay") AS day FROM curves) expanded
   GROUP BY "topicId", day`,
);

/** $1 user, $2 deck: the stored days; the loader keeps those still on the chart. */
export const selectSnapshots = statement<StoredSnapshot>(
  "progress.snapshots",
  `SELECT "dayEnd", basis, sums FROM "RecallSnapshot" WHERE "userId" = $1 AND "deckId" = $2`,
);

/** $1 user, $2 deck: a digest of the live, unsuspended cards and their topics, for the history's basis. */
export const selectCardSetDigest = statement<{ digest: string }>(
  "progress.card-set",
  `SELECT md5(coalesce(string_agg(c.id || ':' || c."topicId", ',' ORDER BY c.id), '')) AS digest
   FROM "Card" c JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
   WHERE c."deckId" = $2 AND c."retiredAt" IS NULL AND NOT s.suspended`,
);

/** $1 user, $2 deck, $3 basis, $4 day ends, $5 sums (JSON): stores rebuilt days, replacing stale ones. */
export const saveSnapshots = statement(
  "progress.save-snapshots",
  `INSERT INTO "RecallSnapshot" ("userId", "deckId", "dayEnd", basis, sums)
   SELECT $1, $2, day."end", $3, day.sums FROM unnest($4::timestamp[], $5::jsonb[]) AS day("end", sums)
   ON CONFLICT ("userId", "deckId", "dayEnd") DO UPDATE SET basis = excluded.basis, sums = excluded.sums`,
);

/** $1 user, $2 deck, $3 the oldest day end still shown: days that left the chart. */
export const pruneSnapshots = statement(
  "progress.prune-snapshots",
  `DELETE FROM "RecallSnapshot" WHERE "userId" = $1 AND "deckId" = $2 AND "dayEnd" < $3`,
);

/** $1 user, $2 the undone review's time: the days that counted it, in every deck (a card has one). */
export const forgetSnapshotsAfter = statement(
  "progress.forget-snapshots",
  `DELETE FROM "RecallSnapshot" WHERE "userId" = $1 AND "dayEnd" > $2`,
);

/** The 1-based index of a timestamp's study day in `starts`, the days' starts in epoch seconds, ascending. */
const dayIndex = (column: string, starts: string) => `width_bucket(date_part('epoch', ${column}), ${starts}::float8[])`;

/**
 * First-of-day reviews of cards in the review state, passed (not Again) and in all, per topic,
 * young (interval under 21 days) or mature, over the last 7, 30 and 365 study days. A review is
 * its card's first of the day when the card's previous review came before that study day began.
 *  $1 user, $2 deck, $3 starts of the last 365 study days (epoch seconds, ascending),
 *  $4 the first of them, $5 the start of the 7-day window, $6 of the 30-day window.
 */
export const selectRetentionCounts = statement<RetentionCountsRow>(
  "progress.retention",
  `SELECT c."topicId", l.mature,
          count(*) FILTER (WHERE l."reviewedAt" >= $5 AND l.rating > 1)::int AS passed7,
          count(*) FILTER (WHERE l."reviewedAt" >= $5)::int AS total7,
          count(*) FILTER (WHERE l."reviewedAt" >= $6 AND l.rating > 1)::int AS passed30,
          count(*) FILTER (WHERE l."reviewedAt" >= $6)::int AS total30,
          count(*) FILTER (WHERE l.rating > 1)::int AS passed365,
          count(*)::int AS total365
   FROM (SELECT "cardId", rating, "reviewedAt", "scheduledDaysBefore" >= 21 AS mature, "lastReviewBefore",
                ($3::float8[])[${dayIndex(`"reviewedAt"`, "$3")}] AS "dayStart"
         FROM "ReviewLog"
         WHERE "userId" = $1 AND "reviewedAt" >= $4 AND "stateBefore" = ${State.Review}) l
   JOIN "Card" c ON c.id = l."cardId" AND c."deckId" = $2 AND c."retiredAt" IS NULL
   WHERE l."lastReviewBefore" IS NULL OR date_part('epoch', l."lastReviewBefore") < l."dayStart"
   GROUP BY 1, 2`,
);

/** $1 user, $2 day starts as above, $3 the first one: reviews per study day, every deck. */
export const selectDailyReviews = statement<DailyReviewsRow>(
  "progress.daily-reviews",
  `SELECT ${dayIndex(`"reviewedAt"`, "$2")} AS day, count(*)::int AS reviews
   FROM "ReviewLog" WHERE "userId" = $1 AND "reviewedAt" >= $3
   GROUP BY 1`,
);

export interface ClaimDetailsRow {
  id: string;
  text: string;
  sourceSentence: string;
  sourceSection: string;
}

/** $1 claim ids, $2 deck: each claim with the article sentence it comes from. */
export const selectClaimDetails = statement<ClaimDetailsRow>(
  "progress.claims",
  `SELECT cl.id, cl.text, source.sentence AS "sourceSentence", source.section AS "sourceSection"
   FROM "Claim" cl
   CROSS JOIN LATERAL (
     (SELECT sentence, section FROM "ClaimVariant" v WHERE v."claimId" = cl.id ORDER BY v.start LIMIT 1)
     UNION ALL
     (SELECT "sourceSentence", "sourceSection" FROM "Card" k WHERE k."claimId" = cl.id ORDER BY k.position LIMIT 1)
     LIMIT 1) source
   WHERE cl.id = ANY($1::text[]) AND cl."deckId" = $2`,
);

const DECK_CARD_RECALL = retrievabilitySql(
  "$2::timestamp",
  `s."lastReview"`,
  "s.stability",
  "$3::float8",
  "$4::float8",
);

/** $1 user, $2 now, $3 F, $4 w20: each studyable deck's recall now (mean R, unstudied cards 0). */
export const selectDeckRecall = statement<{ deckId: string; recallNow: number }>(
  "progress.deck-recall",
  `SELECT c."deckId",
          coalesce(avg(CASE WHEN s.state <> ${State.New} AND s."lastReview" IS NOT NULL AND s.stability > 0
                            THEN ${DECK_CARD_RECALL}
                            ELSE 0 END), 0)::float8 AS "recallNow"
   FROM "CardState" s JOIN "Card" c ON c.id = s."cardId" AND c."retiredAt" IS NULL
   WHERE s."userId" = $1 AND NOT s.suspended
   GROUP BY c."deckId"`,
);
