/**
 * The review path's SQL: shared column lists, one row mapper, and every named
 * statement the queue, grade and undo modules run. It is longer than our usual
 * module on purpose: the hot path's SQL reads best, and is tuned, in one place.
 */
import { State, type SchedulingState } from "../../scheduling/fsrs";
import type { SettingsRow } from "../../scheduling/settings";
import type { CardContent } from "../../review/card-view";
import { statement } from "../sql";

const LEARNING_STATES = [State.Learning, State.Review, State.Relearning];
export const LEARNING_STATE_LIST = `(${LEARNING_STATES.join(", ")})`;

/** The scheduling fields of a CardState row `s`, as `SchedulingState` names them. */
export const SCHEDULING_COLUMNS = `s.state, s.due, s.stability, s.difficulty, s."scheduledDays", s."learningSteps",
  s.reps, s.lapses, s."lastReview"`;

/** The shape of SCHEDULING_COLUMNS in a row. */
export type SchedulingRow = SchedulingState;

export function schedulingStateOf(row: SchedulingRow): SchedulingState {
  return {
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

/**
 * What a card shows, from a Card `c` joined to its Topic `t`, Deck `d` and the student's own
 * edit `o` (if any), with its references. An edited answer also replaces the generated answer
 * among a multiple-choice card's options.
 */
const CARD_CONTENT_COLUMNS = `c.type::text AS type, COALESCE(o.prompt, c.prompt) AS prompt,
  COALESCE(o.answer, c.answer) AS answer,
  CASE WHEN o.answer IS NULL THEN c.options ELSE array_replace(c.options, c.answer, o.answer) END AS options,
  o.answer IS NOT NULL AS edited, c."deckId", c."sourceSection",
  c."sourceSentence", t.name AS topic, d."topicLabel", d.title AS "deckTitle",
  COALESCE((SELECT json_agg(json_build_object('number', r.number, 'title', r.title, 'authors', r.authors,
                                              'year', r.year) ORDER BY array_position(c."refNumbers", r.number))
            FROM "Article" a JOIN "Reference" r ON r."articleId" = a.id
            WHERE a."deckId" = c."deckId" AND r.number = ANY(c."refNumbers")), '[]') AS "references"`;

export const CARD_CONTENT_JOINS = `JOIN "Card" c ON c.id = s."cardId"
  JOIN "Topic" t ON t.id = c."topicId"
  JOIN "Deck" d ON d.id = c."deckId"
  LEFT JOIN "CardOverride" o ON o."userId" = s."userId" AND o."cardId" = s."cardId"`;

export interface QueueRow extends SchedulingRow, CardContent {
  stateId: string;
  cardId: string;
  version: number;
}

export const QUEUE_ROW_COLUMNS = `s.id AS "stateId", s."cardId", s.version, ${SCHEDULING_COLUMNS}, ${CARD_CONTENT_COLUMNS}`;

const LIVE_CARD = `NOT EXISTS (SELECT 1 FROM "Card" r WHERE r.id = s."cardId" AND r."retiredAt" IS NOT NULL)`;

/**
 * Candidates in queue order: due cards (most overdue first), then new cards. Both
 * halves order and limit on CardState alone, range scans of its (userId, suspended,
 * state, due) index, before the few rows kept are joined.
 */
function candidatesQuery(params: { user: string; now: string; skip: string; dueLimit: string; newLimit: string }) {
  const { user, now, skip, dueLimit, newLimit } = params;
  const scope = `s."userId" = ${user} AND s.suspended = false AND s."cardId" <> ALL(${skip}) AND ${LIVE_CARD}`;
  // One scan per state: each reads its index range in due order and stops at the limit.
  const dueIn = (state: State) => `(SELECT * FROM "CardState" s
    WHERE ${scope} AND s.state = ${state} AND s.due <= ${now} ORDER BY s.due, s.id LIMIT ${dueLimit})`;
  return `(SELECT * FROM (${LEARNING_STATES.map(dueIn).join(" UNION ALL ")}) due
           ORDER BY due.due, due.id LIMIT ${dueLimit})
          UNION ALL
          (SELECT * FROM "CardState" s
           WHERE ${scope} AND s.state = ${State.New}
           ORDER BY s."newPosition", s.id LIMIT ${newLimit})`;
}

export const QUEUE_ORDER = `s.state = ${State.New}, CASE WHEN s.state = ${State.New} THEN NULL ELSE s.due END,
  s."newPosition", s.id`;

/** $1 user, $2 now, $3 card ids to skip, $4 due limit, $5 new limit. */
export const selectQueue = statement<QueueRow>(
  "review.queue",
  `SELECT ${QUEUE_ROW_COLUMNS}
   FROM (${candidatesQuery({ user: "$1", now: "$2", skip: "$3::text[]", dueLimit: "$4", newLimit: "$5" })}) s
   ${CARD_CONTENT_JOINS}
   ORDER BY ${QUEUE_ORDER}`,
);

export const selectCard = statement<QueueRow>(
  "review.card",
  `SELECT ${QUEUE_ROW_COLUMNS} FROM "CardState" s ${CARD_CONTENT_JOINS}
   WHERE s."userId" = $1 AND s."cardId" = $2 AND c."retiredAt" IS NULL`,
);

export interface GradeTargetRow extends SchedulingRow, SettingsRow {
  id: string;
  version: number;
}

const GRADE_TARGET_COLUMNS = `s.id, s.version, ${SCHEDULING_COLUMNS},
  u."desiredRetention", u."dailyNewLimit", u."maximumInterval", u."timeZone", u."dayRolloverHour", u."fsrsWeights"`;

/** A live card's state and its owner's settings: everything a grade needs, in one read. $1 user, $2 card. */
export const selectGradeTarget = statement<GradeTargetRow>(
  "review.grade-target",
  `SELECT ${GRADE_TARGET_COLUMNS}
   FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
   LEFT JOIN "UserSettings" u ON u."userId" = s."userId"
   WHERE s."userId" = $1 AND s."cardId" = $2 AND c."retiredAt" IS NULL`,
);

/** The same with the card's content, when the page will show the graded card again soon. */
export const selectGradeTargetWithContent = statement<GradeTargetRow & CardContent>(
  "review.grade-target-content",
  `SELECT ${GRADE_TARGET_COLUMNS}, ${CARD_CONTENT_COLUMNS}
   FROM "CardState" s ${CARD_CONTENT_JOINS}
   LEFT JOIN "UserSettings" u ON u."userId" = s."userId"
   WHERE s."userId" = $1 AND s."cardId" = $2 AND c."retiredAt" IS NULL`,
);

export interface GradeAndNextRow extends Partial<QueueRow> {
  applied: number;
  introduced: number;
}

/**
 * Grades and picks what comes next in one round trip. The UPDATE applies only if the
 * user's state is still at the version the grade was computed from and the card is live;
 * the log is inserted only if it did.
 * The rest reads the snapshot from before the write, so the graded card is skipped
 * by id and the caller adds it to today's new-card count itself.
 *  $1-$9 state after, $10 state id, $11 expected version, $12 user, $13 card, $14 client review id,
 *  $15 rating, $16 now, $17 duration, $18-$26 state before, $27 study day start, $28 study day end.
 */
export const gradeAndSelectNext = statement<GradeAndNextRow>(
  "review.grade-and-next",
  `WITH updated AS (
     UPDATE "CardState"
     SET state = $1, due = $2, stability = $3, difficulty = $4, "scheduledDays" = $5, "learningSteps" = $6,
         reps = $7, lapses = $8, "lastReview" = $9, version = version + 1
     WHERE id = $10 AND version = $11 AND "userId" = $12
       AND NOT EXISTS (SELECT 1 FROM "Card" r WHERE r.id = $13 AND r."retiredAt" IS NOT NULL)
     RETURNING id
   ), logged AS (
     INSERT INTO "ReviewLog" (
       id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs",
       "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore",
       "learningStepsBefore", "repsBefore", "lapsesBefore", "lastReviewBefore",
       "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter")
     SELECT gen_random_uuid()::text, $12, $13, $14, $15, $16, $17,
       $18, $19, $20, $21, $22, $23, $24, $25, $26,
       $1, $2, $3, $4, $5, $6
     FROM updated
     RETURNING 1
   )
   SELECT (SELECT count(*)::int FROM logged) AS applied,
          (SELECT count(*)::int FROM "ReviewLog"
           WHERE "userId" = $12 AND "reviewedAt" >= $27 AND "reviewedAt" < $28
             AND "stateBefore" = ${State.New}) AS introduced,
          next.*
   FROM (SELECT 1) one
   LEFT JOIN LATERAL (
     SELECT ${QUEUE_ROW_COLUMNS}
     FROM (${candidatesQuery({ user: "$12", now: "$16", skip: "ARRAY[$13::text]", dueLimit: "1", newLimit: "1" })}) s
     ${CARD_CONTENT_JOINS}
     ORDER BY ${QUEUE_ORDER}
   ) next ON true`,
);

/** $1 user, $2 client review id. */
export const selectReviewLog = statement<ReviewLogRow>(
  "review.log",
  `SELECT l.*, s.version FROM "ReviewLog" l
   LEFT JOIN "CardState" s ON s."userId" = l."userId" AND s."cardId" = l."cardId"
   WHERE l."userId" = $1 AND l."clientReviewId" = $2`,
);

export interface ReviewLogRow {
  id: string;
  clientReviewId: string;
  cardId: string;
  rating: number;
  reviewedAt: Date;
  stateBefore: number;
  dueBefore: Date;
  stabilityBefore: number;
  difficultyBefore: number;
  scheduledDaysBefore: number;
  learningStepsBefore: number;
  repsBefore: number;
  lapsesBefore: number;
  lastReviewBefore: Date | null;
  stateAfter: number;
  dueAfter: Date;
  stabilityAfter: number;
  difficultyAfter: number;
  scheduledDaysAfter: number;
  learningStepsAfter: number;
  /** The card state's current version. */
  version: number | null;
}

/** The state a log recorded before its review. */
export function stateBeforeOf(log: ReviewLogRow): SchedulingState {
  return {
    state: log.stateBefore,
    due: log.dueBefore,
    stability: log.stabilityBefore,
    difficulty: log.difficultyBefore,
    scheduledDays: log.scheduledDaysBefore,
    learningSteps: log.learningStepsBefore,
    reps: log.repsBefore,
    lapses: log.lapsesBefore,
    lastReview: log.lastReviewBefore,
  };
}

/** $1 user, $2 card: the id of the card's latest review. */
export const selectLatestLogId = statement<{ id: string }>(
  "review.latest-log",
  `SELECT id FROM "ReviewLog" WHERE "userId" = $1 AND "cardId" = $2
   ORDER BY "reviewedAt" DESC, id DESC LIMIT 1`,
);

/** Locks the state for an undo: $1 user, $2 card. */
export const selectStateForUpdate = statement<SchedulingRow & { id: string; version: number }>(
  "review.state-for-update",
  `SELECT s.id, s.version, ${SCHEDULING_COLUMNS} FROM "CardState" s
   WHERE s."userId" = $1 AND s."cardId" = $2 FOR UPDATE`,
);

/** $1-$9 restored state, $10 state id. */
export const restoreState = statement(
  "review.restore-state",
  `UPDATE "CardState"
   SET state = $1, due = $2, stability = $3, difficulty = $4, "scheduledDays" = $5, "learningSteps" = $6,
       reps = $7, lapses = $8, "lastReview" = $9, version = version + 1
   WHERE id = $10`,
);

export const deleteReviewLog = statement("review.delete-log", `DELETE FROM "ReviewLog" WHERE id = $1`);

/** Scheduling fields in SCHEDULING_COLUMNS order, as statement parameters. */
export function schedulingParams(state: SchedulingState): unknown[] {
  return [
    state.state,
    state.due,
    state.stability,
    state.difficulty,
    state.scheduledDays,
    state.learningSteps,
    state.reps,
    state.lapses,
    state.lastReview,
  ];
}
