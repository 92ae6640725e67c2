/**
 * How a review is expected to go, from the fsrs-rs simulator's defaults (src/simulation.rs). The
 * planner uses these to weigh a review's outcomes and its cost in time; the simulation draws from them.
 */
import { GRADES, Rating, type Grade } from "../scheduling/fsrs";

/** Rating of a card's first review: Again, Hard, Good, Easy. */
export const FIRST_RATING_PROBABILITY: Record<Grade, number> = {
  [Rating.Again]: 0.24,
  [Rating.Hard]: 0.094,
  [Rating.Good]: 0.495,
  [Rating.Easy]: 0.171,
};

/** Rating of a successful later review. */
export const SUCCESS_RATING_PROBABILITY = {
  [Rating.Hard]: 0.224,
  [Rating.Good]: 0.631,
  [Rating.Easy]: 0.145,
} as const;

export const SECONDS_PER_RATING: Record<Grade, number> = {
  [Rating.Again]: 19.38,
  [Rating.Hard]: 17.59,
  [Rating.Good]: 12.38,
  [Rating.Easy]: 8.94,
};

export const SUCCESS_GRADES = [Rating.Hard, Rating.Good, Rating.Easy] as const;

const SECONDS_ON_SUCCESS = SUCCESS_GRADES.reduce(
  (sum, grade) => sum + SUCCESS_RATING_PROBABILITY[grade] * SECONDS_PER_RATING[grade],
  0,
);

/** Expected seconds of a review of a card recalled with probability `recall`. */
export function expectedReviewSeconds(recall: number): number {
  return (1 - recall) * SECONDS_PER_RATING[Rating.Again] + recall * SECONDS_ON_SUCCESS;
}

/** Expected seconds of a new card's first review. */
export const EXPECTED_FIRST_REVIEW_SECONDS = GRADES.reduce(
  (sum, grade) => sum + FIRST_RATING_PROBABILITY[grade] * SECONDS_PER_RATING[grade],
  0,
);
