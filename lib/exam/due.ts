/**
 * Ordinary FSRS: a card is due once its interval for the desired retention has passed; when the budget
 * cannot hold every due card, the most overdue go first.
 */
import { expectedReviewSeconds } from "./review-model";
import { fitAllowance, type DayAllowance } from "./budget";
import { recallOn, type CardMemory, type MemoryModel } from "./model";

/** ts-fsrs's interval: S/F·(r^(−1/w20) − 1) days, rounded, at least one day. */
export function intervalDays(model: MemoryModel, stability: number, desiredRetention: number, maximumInterval: number) {
  const { factor, decay } = model.curve;
  const days = Math.round((stability / factor) * (Math.pow(desiredRetention, -1 / decay) - 1));
  return Math.min(Math.max(1, days), maximumInterval);
}

export interface DueOptions {
  desiredRetention: number;
  maximumInterval: number;
}

export function chooseDueReviews(
  model: MemoryModel,
  memories: readonly CardMemory[],
  nowDay: number,
  allowance: DayAllowance,
  studyDayStart: number,
  options: DueOptions,
): number[] {
  const due: { index: number; dueDay: number; expectedSeconds: number }[] = [];
  memories.forEach((memory, index) => {
    if (memory.lastReviewDay === null || memory.lastReviewDay >= studyDayStart) return;
    const dueDay =
      memory.lastReviewDay + intervalDays(model, memory.stability, options.desiredRetention, options.maximumInterval);
    if (dueDay >= studyDayStart + 1) return;
    due.push({ index, dueDay, expectedSeconds: expectedReviewSeconds(recallOn(model, memory, nowDay)) });
  });
  due.sort((a, b) => a.dueDay - b.dueDay || a.index - b.index);
  return fitAllowance(due, allowance).map((candidate) => candidate.index);
}
