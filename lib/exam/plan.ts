/**
 * The plan from today to an exam: how many reviews and new cards each study day, the score the
 * student can expect if they follow it, and the smallest daily budget that reaches the target.
 * The projection runs the exam-aware queue forward on the user's own memory model, a few seeded
 * runs, so the same data always gives the same plan.
 */
import { State } from "../scheduling/fsrs";
import { allowanceFor, newCardCapacity, spendOnNewCards, type DayAllowance } from "./budget";
import { introductionPlan } from "./introduction";
import { memoryModelFor, toDay, type CardMemory } from "./model";
import { examAwarePolicy } from "./policy";
import { cardStreams, meanTrueRecall, studyDays, type SimulatedCard, type SimulatedDay } from "./simulation/engine";
import { studyDaysBefore } from "./study-days";
import type { ExamCard, ExamContext, StudyBudget } from "./types";

export interface ExamPlanDay {
  start: Date;
  reviews: number;
  newCards: number;
}

export interface ExamPlan {
  days: ExamPlanDay[];
  projectedScore: number;
  reachesTarget: boolean;
  /** Smallest per-day budget (same unit) that reaches the target, or null if none up to a cap does. */
  budgetForTarget: number | null;
}

/** Card-days of projection per plan: several seeded runs for a near exam, one for a far one. */
const PROJECTION_CARD_DAYS = 30_000;
const MAX_RUNS = 4;
const SEED = 20_260_101;
const BUDGET_SEARCH_CAP: Record<StudyBudget["unit"], number> = { reviews: 2_000, minutes: 600 };

export function memoryOf(card: ExamCard): CardMemory {
  if (card.state === State.New || card.lastReview === null) return { stability: 0, difficulty: 0, lastReviewDay: null };
  return { stability: card.stability, difficulty: card.difficulty, lastReviewDay: toDay(card.lastReview) };
}

interface Setup {
  days: SimulatedDay[];
  starts: Date[];
  examDay: number;
}

function setUp(cards: readonly ExamCard[], ctx: ExamContext, budget: StudyBudget): Setup {
  const studyDayList = studyDaysBefore(ctx.now, ctx.examAt, ctx.timeZone, ctx.rolloverHour);
  const allowances: DayAllowance[] = studyDayList.map((_, index) =>
    allowanceFor(budget, index === 0 ? ctx.reviewsDoneToday : 0),
  );
  const introducedToday = ctx.newCardsIntroducedToday ?? 0;
  const newCards = cards.filter((card) => memoryOf(card).lastReviewDay === null).length;
  const introductions = introductionPlan(
    newCards + introducedToday,
    studyDayList.length,
    allowances.map((allowance, index) => newCardCapacity(allowance) + (index === 0 ? introducedToday : 0)),
  );
  introductions[0] = Math.max(0, introductions[0] - introducedToday);
  const nowDay = toDay(ctx.now);
  return {
    starts: studyDayList.map((day) => day.start),
    examDay: toDay(ctx.examAt),
    days: studyDayList.map((day, index) => ({
      reviewDay: index === 0 ? nowDay : toDay(day.start) + 0.5,
      studyDayStart: toDay(day.start),
      allowance: allowances[index],
      newCards: introductions[index],
    })),
  };
}

/**
 * A deck larger than this is projected on an evenly spaced sample of its cards with the budget scaled
 * down in proportion: the plan is an estimate, and its cost then stays the same for any deck size.
 */
export const PROJECTION_SAMPLE = 300;

function sampleOf(cards: readonly ExamCard[]): { sample: readonly ExamCard[]; share: number } {
  if (cards.length <= PROJECTION_SAMPLE) return { sample: cards, share: 1 };
  const step = cards.length / PROJECTION_SAMPLE;
  const sample = Array.from({ length: PROJECTION_SAMPLE }, (_, i) => cards[Math.floor(i * step)]);
  return { sample, share: PROJECTION_SAMPLE / cards.length };
}

function scaled(ctx: ExamContext, budget: StudyBudget, share: number): [ExamContext, StudyBudget] {
  return [
    {
      ...ctx,
      reviewsDoneToday: ctx.reviewsDoneToday * share,
      newCardsIntroducedToday: (ctx.newCardsIntroducedToday ?? 0) * share,
    },
    { ...budget, perDay: budget.perDay * share },
  ];
}

function project(cards: readonly ExamCard[], ctx: ExamContext, budget: StudyBudget, runs: number) {
  const { sample, share } = sampleOf(cards);
  const [sampleCtx, sampleBudget] = scaled(ctx, budget, share);
  const setup = setUp(sample, sampleCtx, sampleBudget);
  const model = memoryModelFor(ctx.settings.fsrsWeights);
  const models = { believed: model, truth: model };
  const policy = examAwarePolicy(model, setup.examDay, ctx.settings);
  const memories = sample.map(memoryOf);
  const reviews = new Array<number>(setup.days.length).fill(0);
  let score = 0;
  for (let run = 0; run < runs; run++) {
    const streams = cardStreams(SEED + run, sample.length);
    const simulated: SimulatedCard[] = memories.map((memory, index) => ({
      believed: { ...memory },
      truth: { ...memory },
      stream: streams[index],
    }));
    studyDays(models, simulated, setup.days, policy).forEach((count, day) => (reviews[day] += count / share / runs));
    score += meanTrueRecall(models, simulated, setup.examDay) / runs;
  }
  return { reviews, score };
}

function runsFor(ctx: ExamContext): number {
  const days = studyDaysBefore(ctx.now, ctx.examAt, ctx.timeZone, ctx.rolloverHour).length;
  return Math.max(1, Math.min(MAX_RUNS, Math.floor(PROJECTION_CARD_DAYS / (PROJECTION_SAMPLE * days))));
}

function smallestBudgetReaching(cards: readonly ExamCard[], ctx: ExamContext, runs: number): number | null {
  const reaches = (perDay: number) => project(cards, ctx, { ...ctx.budget, perDay }, runs).score >= ctx.targetRecall;
  const cap = BUDGET_SEARCH_CAP[ctx.budget.unit];
  let failing = ctx.budget.perDay;
  let reaching: number | null = null;
  for (let perDay = Math.max(failing * 2, failing + 10); failing < cap; perDay = Math.max(perDay * 2, perDay + 10)) {
    const candidate = Math.min(perDay, cap);
    if (reaches(candidate)) {
      reaching = candidate;
      break;
    }
    failing = candidate;
  }
  if (reaching === null) return null;
  while (reaching - failing > Math.max(1, Math.ceil(reaching * 0.1))) {
    const middle = Math.floor((reaching + failing) / 2);
    if (reaches(middle)) reaching = middle;
    else failing = middle;
  }
  return reaching;
}

export function planToExam(cards: readonly ExamCard[], ctx: ExamContext): ExamPlan {
  const { reviews, score } = project(cards, ctx, ctx.budget, runsFor(ctx));
  const setup = setUp(cards, ctx, ctx.budget);
  const reachesTarget = score >= ctx.targetRecall;
  return {
    days: setup.starts.map((start, index) => ({
      start,
      reviews: Math.round(reviews[index]),
      newCards: setup.days[index].newCards,
    })),
    projectedScore: score,
    reachesTarget,
    budgetForTarget: reachesTarget ? ctx.budget.perDay : smallestBudgetReaching(cards, ctx, runsFor(ctx)),
  };
}

/** Card ids to review now, for what is left of today's budget: today's new cards, then the best reviews. */
export function todaysExamQueue(cards: readonly ExamCard[], ctx: ExamContext): string[] {
  const setup = setUp(cards, ctx, ctx.budget);
  const today = setup.days[0];
  const memories = cards.map(memoryOf);
  const newIds = cards.filter((_, index) => memories[index].lastReviewDay === null).slice(0, today.newCards);
  const allowance = spendOnNewCards(today.allowance, newIds.length);
  const policy = examAwarePolicy(memoryModelFor(ctx.settings.fsrsWeights), setup.examDay, ctx.settings);
  const reviewIndices = policy(memories, { ...today, allowance }, 0);
  return [...newIds.map((card) => card.cardId), ...reviewIndices.map((index) => cards[index].cardId)];
}
