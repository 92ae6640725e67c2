/**
 * The exam-aware choice of one day's reviews: every studied card is worth its expected gain in recall
 * at exam time per unit of what the budget counts (a review, or an expected second of review for a
 * budget in minutes); the day takes the best until its allowance is spent.
 * Cards already reviewed this study day are left to the ordinary learning steps.
 */
import { fitAllowance, type DayAllowance } from "./budget";
import { reviewGain } from "./gain";
import type { CardMemory, MemoryModel } from "./model";

/** Gains below this are noise: spending a review on them helps nobody. */
const MIN_GAIN = 1e-4;

export interface ChosenReview {
  index: number;
  gain: number;
  expectedSeconds: number;
}

export function chooseReviews(
  model: MemoryModel,
  memories: readonly CardMemory[],
  nowDay: number,
  examDay: number,
  allowance: DayAllowance,
  studyDayStart: number,
): ChosenReview[] {
  if (allowance.reviews < 1 || allowance.seconds <= 0) return [];
  const ranked: (ChosenReview & { value: number })[] = [];
  const perSecond = Number.isFinite(allowance.seconds);
  memories.forEach((memory, index) => {
    if (memory.lastReviewDay === null || memory.lastReviewDay >= studyDayStart) return;
    const { gain, expectedSeconds } = reviewGain(model, memory, nowDay, examDay);
    if (gain > MIN_GAIN)
      ranked.push({ index, gain, expectedSeconds, value: perSecond ? gain / expectedSeconds : gain });
  });
  ranked.sort((a, b) => b.value - a.value || a.index - b.index);
  return fitAllowance(ranked, allowance).map(({ index, gain, expectedSeconds }) => ({ index, gain, expectedSeconds }));
}
