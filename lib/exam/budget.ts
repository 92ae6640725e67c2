import { EXPECTED_FIRST_REVIEW_SECONDS, expectedReviewSeconds } from "./review-model";
import type { StudyBudget } from "./types";

/** What is left to spend on one study day: a count, a time, or both (the other is Infinity). */
export interface DayAllowance {
  reviews: number;
  seconds: number;
}

/** A typical review's length, used to turn a time budget into review counts and back. */
const TYPICAL_REVIEW_SECONDS = expectedReviewSeconds(0.9);

export function allowanceFor(budget: StudyBudget, reviewsDone = 0): DayAllowance {
  if (budget.unit === "reviews") return { reviews: Math.max(0, budget.perDay - reviewsDone), seconds: Infinity };
  return { reviews: Infinity, seconds: Math.max(0, budget.perDay * 60 - reviewsDone * TYPICAL_REVIEW_SECONDS) };
}

/** How many new cards a day's allowance can introduce at most. */
export function newCardCapacity(allowance: DayAllowance): number {
  return Math.floor(Math.min(allowance.reviews, allowance.seconds / EXPECTED_FIRST_REVIEW_SECONDS));
}

/** Takes `reviews` first reviews of new cards off an allowance. */
export function spendOnNewCards(allowance: DayAllowance, newCards: number): DayAllowance {
  return {
    reviews: allowance.reviews - newCards,
    seconds: allowance.seconds - newCards * EXPECTED_FIRST_REVIEW_SECONDS,
  };
}

/** Reviews per day that a budget stands for, for showing a plan in the budget's own unit. */
export function reviewsPerDayOf(budget: StudyBudget): number {
  return budget.unit === "reviews" ? budget.perDay : Math.floor((budget.perDay * 60) / TYPICAL_REVIEW_SECONDS);
}

/** The longest prefix-by-preference of `ordered` that fits the allowance; a card too long is skipped. */
export function fitAllowance<T extends { expectedSeconds: number }>(
  ordered: readonly T[],
  allowance: DayAllowance,
): T[] {
  const chosen: T[] = [];
  let seconds = 0;
  for (const candidate of ordered) {
    if (chosen.length >= allowance.reviews) break;
    if (seconds + candidate.expectedSeconds > allowance.seconds) continue;
    seconds += candidate.expectedSeconds;
    chosen.push(candidate);
  }
  return chosen;
}
