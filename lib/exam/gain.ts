/**
 * What one review now is worth at exam time. Without it the card decays to
 *   R_no = R(T − last, S);
 * with it, the student fails with probability 1 − R_now and succeeds with a Hard/Good/Easy mix:
 *   E = (1 − R_now)·R(T − now, S_fail) + R_now·Σ_g p_g·R(T − now, S_g),
 * the stabilities coming from FSRS-6's update rules through ts-fsrs's next_state. The same sum at a
 * later day (`laterDay`) tells how much of the gain lasts.
 */
import { Rating } from "../scheduling/fsrs";
import { retrievability } from "../progress/retrievability";
import { recallOn, type CardMemory, type MemoryModel } from "./model";
import { expectedReviewSeconds, SUCCESS_GRADES, SUCCESS_RATING_PROBABILITY } from "./review-model";

export interface ReviewGain {
  recallNow: number;
  /** R at exam time if the card is left alone. */
  recallAtExamWithout: number;
  /** Expected R at exam time if the card is reviewed now. */
  recallAtExamWith: number;
  /** recallAtExamWith − recallAtExamWithout. */
  gain: number;
  /** The same difference at `laterDay`, when one is asked for; 0 otherwise. */
  laterGain: number;
  expectedSeconds: number;
}

/** The stability a review now would leave, for a given rating. */
export function stabilityAfter(model: MemoryModel, memory: CardMemory, nowDay: number, rating: Rating): number {
  const elapsed = memory.lastReviewDay === null ? 0 : Math.max(0, nowDay - memory.lastReviewDay);
  const state = memory.lastReviewDay === null ? null : { stability: memory.stability, difficulty: memory.difficulty };
  return model.scheduler.next_state(state, elapsed, rating).stability;
}

/** The gain of reviewing a studied card now, for an exam at `examDay`. */
export function reviewGain(
  model: MemoryModel,
  memory: CardMemory,
  nowDay: number,
  examDay: number,
  laterDay?: number,
): ReviewGain {
  const recallNow = recallOn(model, memory, nowDay);
  const afterFail = stabilityAfter(model, memory, nowDay, Rating.Again);
  const afterSuccess = SUCCESS_GRADES.map((grade) => stabilityAfter(model, memory, nowDay, grade));
  const expectedRecallAt = (day: number) => {
    const elapsed = Math.max(0, day - nowDay);
    let recallIfRecalled = 0;
    SUCCESS_GRADES.forEach((grade, index) => {
      recallIfRecalled += SUCCESS_RATING_PROBABILITY[grade] * retrievability(model.curve, elapsed, afterSuccess[index]);
    });
    return (1 - recallNow) * retrievability(model.curve, elapsed, afterFail) + recallNow * recallIfRecalled;
  };
  const recallAtExamWithout = recallOn(model, memory, examDay);
  const recallAtExamWith = expectedRecallAt(examDay);
  return {
    recallNow,
    recallAtExamWithout,
    recallAtExamWith,
    gain: recallAtExamWith - recallAtExamWithout,
    laterGain: laterDay === undefined ? 0 : expectedRecallAt(laterDay) - recallOn(model, memory, laterDay),
    expectedSeconds: expectedReviewSeconds(recallNow),
  };
}
