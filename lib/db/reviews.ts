import type { PrismaClient } from "./client";
import { Prisma } from "./generated/client";
import { loadSettings, type UserSchedulingSettings } from "./settings";
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

const LEARNED_STATES = [State.Learning, State.Review, State.Relearning];

const cardInclude = {
  card: {
    include: {
      mechanism: { select: { name: true } },
      deck: { select: { title: true, article: { select: { id: true } } } },
    },
  },
} satisfies Prisma.CardStateInclude;

type StateWithCard = Prisma.CardStateGetPayload<{ include: typeof cardInclude }>;

function schedulingStateOf(row: {
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}): SchedulingState {
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

async function referencesFor(prisma: PrismaClient, rows: StateWithCard[]) {
  const articleIds = [...new Set(rows.map((row) => row.card.deck.article?.id).filter((id): id is string => !!id))];
  const numbers = [...new Set(rows.flatMap((row) => row.card.refNumbers))];
  if (articleIds.length === 0 || numbers.length === 0) return new Map<string, CardReference>();
  const references = await prisma.reference.findMany({
    where: { articleId: { in: articleIds }, number: { in: numbers } },
    select: { articleId: true, number: true, title: true, authors: true, year: true },
  });
  return new Map(references.map((ref) => [`${ref.articleId}#${ref.number}`, ref]));
}

function toCardView(
  row: StateWithCard,
  references: Map<string, CardReference>,
  settings: UserSchedulingSettings,
  now: Date,
): ReviewCardView {
  const previews = previewDueDates(settings, schedulingStateOf(row), now);
  const previewDue: Record<number, string> = {};
  const previewLabels: Record<number, string> = {};
  for (const grade of GRADES) {
    previewDue[grade] = previews[grade].toISOString();
    previewLabels[grade] = formatInterval(now, previews[grade]);
  }
  const articleId = row.card.deck.article?.id;
  return {
    cardId: row.cardId,
    version: row.version,
    type: row.card.type,
    prompt: row.card.prompt,
    answer: row.card.answer,
    options: row.card.options,
    mechanism: row.card.mechanism.name,
    deckTitle: row.card.deck.title,
    sourceSection: row.card.sourceSection,
    sourceSentence: row.card.sourceSentence,
    references: row.card.refNumbers
      .map((number) => references.get(`${articleId}#${number}`))
      .filter((ref): ref is CardReference => !!ref)
      .map(({ number, title, authors, year }) => ({ number, title, authors, year })),
    isNew: row.state === State.New,
    previewDue,
    previewLabels,
  };
}

export interface QueueOptions {
  /** Most cards to return; counts always cover the whole day. */
  limit?: number;
  excludeCardIds?: string[];
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
  const live = { suspended: false, card: { retiredAt: null } } as const;
  const dueWhere: Prisma.CardStateWhereInput = {
    userId,
    ...live,
    state: { in: LEARNED_STATES },
    due: { lte: now },
    cardId: { notIn: exclude },
  };
  const newWhere: Prisma.CardStateWhereInput = { userId, ...live, state: State.New, cardId: { notIn: exclude } };

  const [dueRows, dueCount, newIntroducedToday, reviewedToday, newAvailable] = await Promise.all([
    prisma.cardState.findMany({ where: dueWhere, orderBy: [{ due: "asc" }, { id: "asc" }], take: limit, include: cardInclude }),
    prisma.cardState.count({ where: dueWhere }),
    prisma.reviewLog.count({ where: { userId, stateBefore: State.New, reviewedAt: { gte: day.start, lt: day.end } } }),
    prisma.reviewLog.count({ where: { userId, reviewedAt: { gte: day.start, lt: day.end } } }),
    prisma.cardState.count({ where: newWhere }),
  ]);
  const newCount = Math.max(0, Math.min(settings.dailyNewLimit - newIntroducedToday, newAvailable));
  const newTake = Math.min(newCount, limit - dueRows.length);
  const newRows =
    newTake > 0
      ? await prisma.cardState.findMany({
          where: newWhere,
          orderBy: [{ newPosition: "asc" }, { id: "asc" }],
          take: newTake,
          include: cardInclude,
        })
      : [];
  const rows = [...dueRows, ...newRows];
  const references = await referencesFor(prisma, rows);
  return {
    cards: rows.map((row) => toCardView(row, references, settings, now)),
    dueCount,
    newCount,
    newIntroducedToday,
    dailyNewLimit: settings.dailyNewLimit,
    reviewedToday,
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

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Applies one grade in one transaction. Idempotent on clientReviewId; a stale
 * expectedVersion (the card was graded elsewhere) is a conflict.
 */
export async function gradeCard(prisma: PrismaClient, input: GradeInput, now: Date): Promise<GradeResult> {
  const replay = await replayOf(prisma, input.userId, input.clientReviewId);
  if (replay) return replay;
  const settings = await loadSettings(prisma, input.userId);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.cardState.findUnique({
        where: { userId_cardId: { userId: input.userId, cardId: input.cardId } },
        include: { card: { select: { retiredAt: true } } },
      });
      if (!current || current.card.retiredAt) throw cardNotFound();
      if (current.version !== input.expectedVersion) throw reviewConflict();
      const before = schedulingStateOf(current);
      const after = scheduleReview(settings, before, now, input.rating as Grade);
      const updated = await tx.cardState.updateMany({
        where: { id: current.id, version: input.expectedVersion },
        data: { ...after, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw reviewConflict();
      await tx.reviewLog.create({
        data: {
          userId: input.userId,
          cardId: input.cardId,
          clientReviewId: input.clientReviewId,
          rating: input.rating,
          reviewedAt: now,
          durationMs: input.durationMs,
          stateBefore: before.state,
          dueBefore: before.due,
          stabilityBefore: before.stability,
          difficultyBefore: before.difficulty,
          scheduledDaysBefore: before.scheduledDays,
          learningStepsBefore: before.learningSteps,
          repsBefore: before.reps,
          lapsesBefore: before.lapses,
          lastReviewBefore: before.lastReview,
          stateAfter: after.state,
          dueAfter: after.due,
          stabilityAfter: after.stability,
          difficultyAfter: after.difficulty,
          scheduledDaysAfter: after.scheduledDays,
          learningStepsAfter: after.learningSteps,
        },
      });
      return {
        clientReviewId: input.clientReviewId,
        cardId: input.cardId,
        duplicate: false,
        version: input.expectedVersion + 1,
        state: after,
      };
    });
  } catch (error) {
    // A concurrent retry of the same review may have won the race: answer as it did.
    if (isUniqueViolation(error) || (error instanceof Error && error.name === "ReviewError")) {
      const winner = await replayOf(prisma, input.userId, input.clientReviewId);
      if (winner) return winner;
    }
    throw error;
  }
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
  const row = await prisma.cardState.findUnique({
    where: { userId_cardId: { userId, cardId } },
    include: cardInclude,
  });
  if (!row) throw cardNotFound();
  const settings = await loadSettings(prisma, userId);
  return toCardView(row, await referencesFor(prisma, [row]), settings, now);
}
