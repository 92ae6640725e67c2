/**
 * The exam-aware queue as a policy: ordinary FSRS while the exam is far, then, in the exam window,
 * the reviews with the best expected gain in recall at exam time per second.
 */
import { chooseReviews } from "./choose";
import { chooseDueReviews, type DueOptions } from "./due";
import type { MemoryModel } from "./model";
import type { ReviewPolicy } from "./simulation/engine";

/** Days before the exam from which the queue aims at exam-time recall rather than steady retention. */
export const EXAM_WINDOW_DAYS = 30;

export function examAwarePolicy(model: MemoryModel, examDay: number, options: DueOptions): ReviewPolicy {
  const windowStart = examDay - EXAM_WINDOW_DAYS;
  return (memories, day) => {
    if (day.reviewDay < windowStart)
      return chooseDueReviews(model, memories, day.reviewDay, day.allowance, day.studyDayStart, options);
    return chooseReviews(model, memories, day.reviewDay, examDay, day.allowance, day.studyDayStart).map(
      (choice) => choice.index,
    );
  };
}
