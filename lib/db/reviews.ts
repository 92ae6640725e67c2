import type { PrismaClient } from "./client";
import { DEFAULT_SETTINGS, loadSettings, type UserSchedulingSettings } from "./settings";
import { execute, isUniqueViolation, queryRows } from "./sql";
import { studyDayContaining } from "../scheduling/study-day";
import {
  formatInterval,
  GRADES,
  previewDueDates,
  rollbackReview,
  scheduleReview,
  State,
  type Grade,
  type SchedulingState,
} from "../scheduling/fsrs";
import { cardNotFound, reviewConflict, reviewNotFound, undoNotLatest } from "../review/errors";
import type { CardReference, GradeInput, GradeResult, ReviewCardView, ReviewQueue } from "../review/types";

function schedulingStateOf(row: SchedulingState): SchedulingState {
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

type CardFields = "cardId" | "version" | "type" | "prompt" | "answer" | "options" | "sourceSection" | "sourceSentence" | "topic" | "deckTitle";

interface QueueRow extends SchedulingState, Pick<ReviewCardView, CardFields> {
  refNumbers: number[];
  articleId: string | null;
}

const QUEUE_COLUMNS = `
  s."cardId", s.version, s.state, s.due, s.stability, s.difficulty, s."scheduledDays", s."learningSteps",
  s.reps, s.lapses, s."lastReview", c.type::text AS type, c.prompt, c.answer, c.options, c."sourceSection",
  c."sourceSentence", c."refNumbers", m.name AS topic, d.title AS "deckTitle", a.id AS "articleId"`;

const QUEUE_JOINS = `
  JOIN "Card" c ON c.id = s."cardId"
  JOIN "Topic" m ON m.id = c."topicId"
  JOIN "Deck" d ON d.id = c."deckId"
  LEFT JOIN "Article" a ON a."deckId" = d.id`;

const LIVE_CARD = `NOT EXISTS (SELECT 1 FROM "Card" r WHERE r.id = s."cardId" AND r."retiredAt" IS NOT NULL)`;
const IN_DECK = `($6::text IS NULL OR EXISTS (SELECT 1 FROM "Card" k WHERE k.id = s."cardId" AND k."deckId" = $6))`;

/**
 * Cards due now (most overdue first), then new cards while today's new-card
 * budget lasts. Both halves are range scans of the (userId, suspended, state, due) index.
 */
async function selectQueueRows(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  newBudget: number,
  limit: number,
  exclude: string[],
  deckId: string | null = null,
): Promise<QueueRow[]> {
  // Order and limit on CardState alone (an index range scan), then join the few rows kept.
  return queryRows<QueueRow>(
    prisma,
    `SELECT ${QUEUE_COLUMNS} FROM (
       (SELECT * FROM "CardState" s
        WHERE s."userId" = $1 AND s.suspended = false AND s.state IN (1, 2, 3) AND s.due <= $2
          AND s."cardId" <> ALL($3::text[]) AND ${LIVE_CARD} AND ${IN_DECK}
        ORDER BY s.due, s.id LIMIT $4)
       UNION ALL
       (SELECT * FROM "CardState" s
        WHERE s."userId" = $1 AND s.suspended = false AND s.state = 0
          AND s."cardId" <> ALL($3::text[]) AND ${LIVE_CARD} AND ${IN_DECK}
        ORDER BY s."newPosition", s.id LIMIT $5)
     ) s ${QUEUE_JOINS}
     ORDER BY s.state = 0, CASE WHEN s.state = 0 THEN NULL ELSE s.due END, s."newPosition", s.id`,
    [userId, now, exclude, limit, Math.max(0, Math.min(newBudget, limit)), deckId],
  );
}

async function referencesFor(prisma: PrismaClient, rows: QueueRow[]) {
  const articleIds = [...new Set(rows.map((row) => row.articleId).filter((id): id is string => !!id))];
  const numbers = [...new Set(rows.flatMap((row) => row.refNumbers))];
  if (articleIds.length === 0 || numbers.length === 0) return new Map<string, CardReference>();
  const references = await prisma.reference.findMany({
    where: { articleId: { in: articleIds }, number: { in: numbers } },
    select: { articleId: true, number: true, title: true, authors: true, year: true },
  });
  return new Map(references.map((ref) => [`${ref.articleId}#${ref.number}`, ref]));
}

function toCardView(row: QueueRow, references: Map<string, CardReference>, settings: UserSchedulingSettings, now: Date): ReviewCardView {
  const previews = previewDueDates(settings, row, now);
  const previewDue: Record<number, string> = {};
  const previewLabels: Record<number, string> = {};
  for (const grade of GRADES) {
    previewDue[grade] = previews[grade].toISOString();
    previewLabels[grade] = formatInterval(now, previews[grade]);
  }
  return {
    cardId: row.cardId,
    version: row.version,
    type: row.type,
    prompt: row.prompt,
    answer: row.answer,
    options: row.options,
    topic: row.topic,
    deckTitle: row.deckTitle,
    sourceSection: row.sourceSection,
    sourceSentence: row.sourceSentence,
    references: row.refNumbers
      .map((number) => references.get(`${row.articleId}#${number}`))
      .filter((ref): ref is CardReference => !!ref)
      .map(({ number, title, authors, year }) => ({ number, title, authors, year })),
    isNew: row.state === State.New,
    previewDue,
    previewLabels,
  };
}

async function toCardViews(prisma: PrismaClient, rows: QueueRow[], settings: UserSchedulingSettings, now: Date) {
  const references = await referencesFor(prisma, rows);
  return rows.map((row) => toCardView(row, references, settings, now));
}

async function newCardsIntroduced(prisma: PrismaClient, userId: string, day: { start: Date; end: Date }) {
  const [row] = await queryRows<{ count: number }>(
    prisma,
    `SELECT count(*)::int AS count FROM "ReviewLog"
     WHERE "userId" = $1 AND "reviewedAt" >= $2 AND "reviewedAt" < $3 AND "stateBefore" = 0`,
    [userId, day.start, day.end],
  );
  return row.count;
}

export interface QueueOptions {
  /** Most cards to return; counts always cover the whole day. */
  limit?: number;
  excludeCardIds?: string[];
  /** Only this deck's cards (the daily new-card limit still counts every deck). */
  deckId?: string | null;
}

/**
 * Today's queue: cards due now, most overdue first, then new cards up to the
 * daily limit counted in the user's own study day.
 */
export async function loadReviewQueue(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  options: QueueOptions = {},
): Promise<ReviewQueue> {
  const limit = options.limit ?? 500;
  const exclude = options.excludeCardIds ?? [];
  const settings = await loadSettings(prisma, userId);
  const day = studyDayContaining(now, settings.timeZone, settings.dayRolloverHour);
  const deckId = options.deckId ?? null;
  const [newIntroducedToday, [counts]] = await Promise.all([
    newCardsIntroduced(prisma, userId, day),
    queryRows<{ due: number; fresh: number; reviewed: number }>(
      prisma,
      `SELECT
         (SELECT count(*)::int FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
          WHERE s."userId" = $1 AND s.suspended = false AND s.state IN (1, 2, 3) AND s.due <= $2 AND c."retiredAt" IS NULL
            AND ($5::text IS NULL OR c."deckId" = $5)) AS due,
         (SELECT count(*)::int FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
          WHERE s."userId" = $1 AND s.suspended = false AND s.state = 0 AND c."retiredAt" IS NULL
            AND ($5::text IS NULL OR c."deckId" = $5)) AS fresh,
         (SELECT count(*)::int FROM "ReviewLog" WHERE "userId" = $1 AND "reviewedAt" >= $3 AND "reviewedAt" < $4) AS reviewed`,
      [userId, now, day.start, day.end, deckId],
    ),
  ]);
  const newBudget = Math.max(0, settings.dailyNewLimit - newIntroducedToday);
  const rows = await selectQueueRows(prisma, userId, now, newBudget, limit, exclude, deckId);
  return {
    cards: await toCardViews(prisma, rows, settings, now),
    dueCount: counts.due,
    newCount: Math.min(newBudget, counts.fresh),
    newIntroducedToday,
    dailyNewLimit: settings.dailyNewLimit,
    reviewedToday: counts.reviewed,
  };
}

/** The hot path after a grade: only the next card, no counts. */
export async function loadNextCard(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  excludeCardIds: string[],
  settings?: UserSchedulingSettings,
): Promise<ReviewCardView | null> {
  const userSettings = settings ?? (await loadSettings(prisma, userId));
  const dueOrNew = await selectQueueRows(prisma, userId, now, 1, 1, excludeCardIds);
  // A new card only counts against today's budget if no due card comes first.
  let row = dueOrNew.find((candidate) => candidate.state !== State.New);
  if (!row && dueOrNew.length > 0) {
    const day = studyDayContaining(now, userSettings.timeZone, userSettings.dayRolloverHour);
    if ((await newCardsIntroduced(prisma, userId, day)) < userSettings.dailyNewLimit) row = dueOrNew[0];
  }
  if (!row) return null;
  return (await toCardViews(prisma, [row], userSettings, now))[0];
}

interface GradeTarget extends SchedulingState, Partial<UserSchedulingSettings> {
  id: string;
  version: number;
  retired: boolean;
  hasSettings: boolean;
}

/**
 * Applies one grade atomically: a single statement updates the state (only if
 * it is still at the version the client saw) and inserts the log. Idempotent on
 * clientReviewId; a stale version is a conflict.
 */
export async function gradeCard(prisma: PrismaClient, input: GradeInput, now: Date): Promise<GradeResult> {
  return (await applyGrade(prisma, input, now)).result;
}

/** The hot path of the review page: grade a card, then pick the next one. */
export async function gradeAndLoadNext(prisma: PrismaClient, input: GradeInput, now: Date) {
  const { result, settings } = await applyGrade(prisma, input, now);
  const next = await loadNextCard(prisma, input.userId, now, [input.cardId], settings);
  return { result, next };
}

async function applyGrade(
  prisma: PrismaClient,
  input: GradeInput,
  now: Date,
): Promise<{ result: GradeResult; settings: UserSchedulingSettings }> {
  // The user's settings come with the card state: one round trip instead of two.
  const [target] = await queryRows<GradeTarget>(
    prisma,
    `SELECT s.id, s.version, s.state, s.due, s.stability, s.difficulty, s."scheduledDays", s."learningSteps",
            s.reps, s.lapses, s."lastReview", c."retiredAt" IS NOT NULL AS retired,
            u."userId" IS NOT NULL AS "hasSettings", u."desiredRetention", u."dailyNewLimit", u."maximumInterval",
            u."timeZone", u."dayRolloverHour", u."fsrsWeights"
     FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
     LEFT JOIN "UserSettings" u ON u."userId" = s."userId"
     WHERE s."userId" = $1 AND s."cardId" = $2`,
    [input.userId, input.cardId],
  );
  if (!target || target.retired) throw cardNotFound();
  const userSettings: UserSchedulingSettings = target.hasSettings
    ? {
        desiredRetention: target.desiredRetention!,
        dailyNewLimit: target.dailyNewLimit!,
        maximumInterval: target.maximumInterval!,
        timeZone: target.timeZone!,
        dayRolloverHour: target.dayRolloverHour!,
        fsrsWeights: target.fsrsWeights!,
      }
    : DEFAULT_SETTINGS;
  if (target.version !== input.expectedVersion) {
    const replay = await replayOf(prisma, input.userId, input.clientReviewId);
    if (replay) return { result: replay, settings: userSettings };
    throw reviewConflict();
  }
  const before: SchedulingState = schedulingStateOf(target);
  const after = scheduleReview(userSettings, before, now, input.rating as Grade);
  let applied: number;
  try {
    applied = await execute(
      prisma,
      `WITH updated AS (
         UPDATE "CardState"
         SET state = $1, due = $2, stability = $3, difficulty = $4, "scheduledDays" = $5, "learningSteps" = $6,
             reps = $7, lapses = $8, "lastReview" = $9, version = version + 1
         WHERE id = $10 AND version = $11
         RETURNING id
       )
       INSERT INTO "ReviewLog" (
         id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs",
         "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore",
         "repsBefore", "lapsesBefore", "lastReviewBefore",
         "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter")
       SELECT gen_random_uuid()::text, $12, $13, $14, $15, $16, $17,
         $18, $19, $20, $21, $22, $23, $24, $25, $26,
         $1, $2, $3, $4, $5, $6
       FROM updated`,
      [
        after.state, after.due, after.stability, after.difficulty, after.scheduledDays, after.learningSteps,
        after.reps, after.lapses, after.lastReview, target.id, input.expectedVersion,
        input.userId, input.cardId, input.clientReviewId, input.rating, now, input.durationMs,
        before.state, before.due, before.stability, before.difficulty, before.scheduledDays, before.learningSteps,
        before.reps, before.lapses, before.lastReview,
      ],
    );
  } catch (error) {
    // A concurrent retry of the same review won the race: answer as it did.
    if (!isUniqueViolation(error)) throw error;
    applied = 0;
  }
  if (applied !== 1) {
    const winner = await replayOf(prisma, input.userId, input.clientReviewId);
    if (winner) return { result: winner, settings: userSettings };
    throw reviewConflict();
  }
  return {
    result: { clientReviewId: input.clientReviewId, cardId: input.cardId, duplicate: false, version: input.expectedVersion + 1, state: after },
    settings: userSettings,
  };
}

function resultFromLog(log: {
  clientReviewId: string;
  cardId: string;
  stateAfter: number;
  dueAfter: Date;
  stabilityAfter: number;
  difficultyAfter: number;
  scheduledDaysAfter: number;
  learningStepsAfter: number;
  repsBefore: number;
  lapsesBefore: number;
  reviewedAt: Date;
  rating: number;
  stateBefore: number;
}, version: number): GradeResult {
  const lapsed = log.rating === 1 && log.stateBefore === State.Review;
  return {
    clientReviewId: log.clientReviewId,
    cardId: log.cardId,
    duplicate: true,
    version,
    state: {
      state: log.stateAfter,
      due: log.dueAfter,
      stability: log.stabilityAfter,
      difficulty: log.difficultyAfter,
      scheduledDays: log.scheduledDaysAfter,
      learningSteps: log.learningStepsAfter,
      reps: log.repsBefore + 1,
      lapses: log.lapsesBefore + (lapsed ? 1 : 0),
      lastReview: log.reviewedAt,
    },
  };
}

async function replayOf(prisma: PrismaClient, userId: string, clientReviewId: string): Promise<GradeResult | null> {
  const log = await prisma.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId } } });
  if (!log) return null;
  const state = await prisma.cardState.findUnique({
    where: { userId_cardId: { userId, cardId: log.cardId } },
    select: { version: true },
  });
  return resultFromLog(log, state?.version ?? 0);
}


export interface UndoResult {
  cardId: string;
  version: number;
  state: SchedulingState;
}

/** Rolls back a user's latest review of a card and deletes its log. */
export async function undoReview(prisma: PrismaClient, userId: string, clientReviewId: string): Promise<UndoResult> {
  const settings = await loadSettings(prisma, userId);
  return prisma.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { userId_clientReviewId: { userId, clientReviewId } } });
    if (!log) throw reviewNotFound();
    const latest = await tx.reviewLog.findFirst({
      where: { userId, cardId: log.cardId },
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== log.id) throw undoNotLatest();
    const current = await tx.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: log.cardId } } });
    const before: SchedulingState = {
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
    const restored = rollbackReview(settings, schedulingStateOf(current), before, log.rating as Grade, log.reviewedAt);
    const updated = await tx.cardState.updateMany({
      where: { id: current.id, version: current.version },
      data: { ...restored, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw reviewConflict();
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { cardId: log.cardId, version: current.version + 1, state: restored };
  });
}

/** One card's view, for the page after an undo or a conflict. */
export async function loadCardView(prisma: PrismaClient, userId: string, cardId: string, now: Date) {
  const rows = await queryRows<QueueRow>(
    prisma,
    `SELECT ${QUEUE_COLUMNS} FROM "CardState" s ${QUEUE_JOINS} WHERE s."userId" = $1 AND s."cardId" = $2`,
    [userId, cardId],
  );
  if (rows.length === 0) throw cardNotFound();
  const settings = await loadSettings(prisma, userId);
  return (await toCardViews(prisma, rows, settings, now))[0];
}
