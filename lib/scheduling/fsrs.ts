import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  type ReviewLog as FsrsReviewLog,
} from "ts-fsrs";

export { Rating, State };
export type { Grade };

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

export interface SchedulerSettings {
  desiredRetention: number;
  maximumInterval: number;
  fsrsWeights: number[];
}

/** The persisted scheduling fields of one user's card. */
export interface SchedulingState {
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

const schedulerCache = new Map<string, FSRS>();

export function schedulerFor(settings: SchedulerSettings): FSRS {
  const cacheKey = `${settings.desiredRetention}|${settings.maximumInterval}|${settings.fsrsWeights.join(",")}`;
  let scheduler = schedulerCache.get(cacheKey);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumInterval,
        enable_fuzz: false,
        ...(settings.fsrsWeights.length > 0 ? { w: settings.fsrsWeights } : {}),
      }),
    );
    schedulerCache.set(cacheKey, scheduler);
  }
  return scheduler;
}

export function newSchedulingState(now: Date): SchedulingState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(state: SchedulingState): FsrsCard {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    last_review: state.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): SchedulingState {
  return {
    state: card.state,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}

/** FSRS can overshoot maximum_interval by a couple of days when it orders the grades. */
function clampToMaximum(next: SchedulingState, now: Date, maximumInterval: number): SchedulingState {
  if (next.scheduledDays <= maximumInterval) return next;
  return {
    ...next,
    scheduledDays: maximumInterval,
    due: new Date(now.getTime() + maximumInterval * 86_400_000),
  };
}

export function scheduleReview(
  settings: SchedulerSettings,
  before: SchedulingState,
  now: Date,
  grade: Grade,
): SchedulingState {
  const { card } = schedulerFor(settings).next(toFsrsCard(before), now, grade);
  return clampToMaximum(fromFsrsCard(card), now, settings.maximumInterval);
}

/** The due date each grade would give, as shown on the four grading buttons. */
export function previewDueDates(settings: SchedulerSettings, state: SchedulingState, now: Date): Record<Grade, Date> {
  const preview = schedulerFor(settings).repeat(toFsrsCard(state), now);
  const result = {} as Record<Grade, Date>;
  for (const grade of GRADES) {
    result[grade] = clampToMaximum(fromFsrsCard(preview[grade].card), now, settings.maximumInterval).due;
  }
  return result;
}

/** Undo: ts-fsrs rollback restores the card exactly as it was before `grade`. */
export function rollbackReview(
  settings: SchedulerSettings,
  after: SchedulingState,
  before: SchedulingState,
  grade: Grade,
  reviewedAt: Date,
): SchedulingState {
  const log: FsrsReviewLog = {
    rating: grade,
    state: before.state as State,
    due: before.due,
    stability: before.stability,
    difficulty: before.difficulty,
    elapsed_days: 0,
    last_elapsed_days: 0,
    scheduled_days: before.scheduledDays,
    learning_steps: before.learningSteps,
    review: reviewedAt,
  };
  const restored = fromFsrsCard(schedulerFor(settings).rollback(toFsrsCard(after), log));
  // rollback sets due to the review time for Review/Relearning cards and cannot
  // know the previous last_review; the stored log has both exactly.
  return { ...restored, due: before.due, lastReview: before.lastReview };
}

export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 31) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30.4)}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, "")}y`;
}
