/**
 * The exam-aware choice of one day's reviews: every studied card is worth its expected gain in recall
 * at exam time per unit of what the budget counts (a review, or an expected second of review for a
 * budget in minutes); the day takes the best until its allowance is spent.
 *
 * The one-step gain pretends the card will not be seen again before the exam, so it undervalues the
 * stability a review builds for the reviews that follow, the more so the more days are left. Each
 * review is therefore also credited with its gain in recall a month after the exam, weighted by the
 * weeks left. In the simulation this raises recall at the exam itself as well as a month later
 * (docs/exam-scheduling.md); on the eve only the exam counts.
 * Cards already reviewed this study day are left to the ordinary learning steps.
 */
import { fitAllowance, type DayAllowance } from "./budget";
import { reviewGain } from "./gain";
import type { CardMemory, MemoryModel } from "./model";

/** Gains below this are noise: spending a review on them helps nobody. */
const MIN_GAIN = 1e-4;

/** How far after the exam the lasting part of a gain is measured, and its weight per day left. */
export const LASTING_GAIN_DAYS = 30;
export const LASTING_GAIN_WEIGHT_PER_DAY = 1 / 7;

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
    const { gain, laterGain, expectedSeconds } = reviewGain(
      model,
      memory,
      nowDay,
      examDay,
      examDay + LASTING_GAIN_DAYS,
    );
    if (gain <= MIN_GAIN) return;
    const worth = gain + LASTING_GAIN_WEIGHT_PER_DAY * Math.max(0, examDay - nowDay) * laterGain;
    ranked.push({ index, gain, expectedSeconds, value: perSecond ? worth / expectedSeconds : worth });
  });
  ranked.sort((a, b) => b.value - a.value || a.index - b.index);
  return fitAllowance(ranked, allowance).map(({ index, gain, expectedSeconds }) => ({ index, gain, expectedSeconds }));
}
