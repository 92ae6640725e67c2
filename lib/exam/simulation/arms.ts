/**
 * The policies compared: plain FSRS truncated to the budget, plain FSRS at the desired retention that
 * spends as many reviews as the exam-aware queue, a RemNote-style final pass, and Claimdeck's queue.
 */
import { chooseDueReviews, type DueOptions } from "../due";
import { recallOn, type MemoryModel } from "../model";
import { examAwarePolicy } from "../policy";
import { expectedReviewSeconds } from "../review-model";
import { fitAllowance } from "../budget";
import type { ReviewPolicy } from "./engine";

export const MAXIMUM_INTERVAL = 36_500;

export function plainFsrs(model: MemoryModel, desiredRetention: number): ReviewPolicy {
  const options: DueOptions = { desiredRetention, maximumInterval: MAXIMUM_INTERVAL };
  return (memories, day) => chooseDueReviews(model, memories, day.reviewDay, day.allowance, day.studyDayStart, options);
}

/** Share of the days before the exam given to RemNote's "retrievability period". */
export const FINAL_PASS_SHARE = 0.2;

/**
 * RemNote's exam scheduler as its help pages describe it: ordinary scheduling, then a final period in
 * which every card is shown once more, due or not (weakest first here).
 */
export function finalPass(
  model: MemoryModel,
  desiredRetention: number,
  examDay: number,
  dayCount: number,
): ReviewPolicy {
  const ordinary = plainFsrs(model, desiredRetention);
  const finalStart = examDay - Math.max(2, Math.ceil(dayCount * FINAL_PASS_SHARE));
  return (memories, day, dayIndex) => {
    if (day.studyDayStart < finalStart) return ordinary(memories, day, dayIndex);
    const unseen = memories
      .map((memory, index) => ({ index, memory }))
      .filter(({ memory }) => memory.lastReviewDay !== null && memory.lastReviewDay < finalStart)
      .map(({ index, memory }) => {
        const recall = recallOn(model, memory, day.reviewDay);
        return { index, recall, expectedSeconds: expectedReviewSeconds(recall) };
      })
      .sort((a, b) => a.recall - b.recall || a.index - b.index);
    const chosen = fitAllowance(unseen, day.allowance);
    if (chosen.length >= day.allowance.reviews) return chosen.map((candidate) => candidate.index);
    const taken = new Set(chosen.map((candidate) => candidate.index));
    const rest = {
      reviews: day.allowance.reviews - chosen.length,
      seconds: day.allowance.seconds - chosen.reduce((sum, candidate) => sum + candidate.expectedSeconds, 0),
    };
    const due = ordinary(memories, { ...day, allowance: rest }, dayIndex).filter((index) => !taken.has(index));
    return [...taken, ...due];
  };
}

export function examAware(model: MemoryModel, examDay: number): ReviewPolicy {
  return examAwarePolicy(model, examDay, { desiredRetention: 0.9, maximumInterval: MAXIMUM_INTERVAL });
}
