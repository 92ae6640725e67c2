/**
 * A student studying day by day. Each card has two memories: the one the scheduler believes (its
 * weights, fed the ratings it sees) and the true one (the student's own weights). Recall on a review
 * is a Bernoulli draw with the true R; a success is rated Hard, Good or Easy in the fsrs-rs
 * simulator's proportions. Every card draws from its own stream, so policies that review a card at
 * different times still meet the same luck on its k-th review.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { Rating, type Grade } from "../../scheduling/fsrs";
import type { DayAllowance } from "../budget";
import { spendOnNewCards } from "../budget";
import { recallOn, type CardMemory, type MemoryModel } from "../model";
import { FIRST_RATING_PROBABILITY, SUCCESS_RATING_PROBABILITY } from "../review-model";

type RandomStream = ReturnType<typeof xoroshiro128plus>;

export interface SimulatedCard {
  believed: CardMemory;
  truth: CardMemory;
  stream: RandomStream;
}

export interface SimulatedDay {
  /** When the day's reviews happen, in fractional days. */
  reviewDay: number;
  studyDayStart: number;
  allowance: DayAllowance;
  newCards: number;
}

export interface Models {
  believed: MemoryModel;
  truth: MemoryModel;
}

/** Picks the indices of the cards to review on a day, after its new cards were introduced, from what the scheduler believes. */
export type ReviewPolicy = (memories: readonly CardMemory[], day: SimulatedDay, dayIndex: number) => number[];

const NEW_MEMORY: CardMemory = { stability: 0, difficulty: 0, lastReviewDay: null };

export function cardStreams(seed: number, count: number): RandomStream[] {
  return Array.from({ length: count }, (_, index) => xoroshiro128plus((seed * 1_000_003 + index) | 0));
}

export function freshCards(streams: readonly RandomStream[]): SimulatedCard[] {
  return streams.map((stream) => ({ believed: { ...NEW_MEMORY }, truth: { ...NEW_MEMORY }, stream: stream.clone() }));
}

function pick<K extends number>(probabilities: Record<K, number>, u: number): K {
  let cumulative = 0;
  const entries = Object.entries(probabilities) as [string, number][];
  for (const [key, probability] of entries) {
    cumulative += probability;
    if (u < cumulative) return Number(key) as K;
  }
  return Number(entries[entries.length - 1][0]) as K;
}

function rate(models: Models, card: SimulatedCard, day: number): Grade {
  const first = uniformFloat64(card.stream);
  const second = uniformFloat64(card.stream);
  if (card.truth.lastReviewDay === null) return pick(FIRST_RATING_PROBABILITY, first);
  if (first >= recallOn(models.truth, card.truth, day)) return Rating.Again;
  return pick(SUCCESS_RATING_PROBABILITY, second);
}

function updated(model: MemoryModel, memory: CardMemory, day: number, rating: Grade): CardMemory {
  const previous =
    memory.lastReviewDay === null ? null : { stability: memory.stability, difficulty: memory.difficulty };
  const elapsed = memory.lastReviewDay === null ? 0 : day - memory.lastReviewDay;
  const next = model.scheduler.next_state(previous, elapsed, rating);
  return { stability: next.stability, difficulty: next.difficulty, lastReviewDay: day };
}

export function review(models: Models, card: SimulatedCard, day: number): Grade {
  const rating = rate(models, card, day);
  card.truth = updated(models.truth, card.truth, day, rating);
  card.believed = updated(models.believed, card.believed, day, rating);
  return rating;
}

/** Runs the days; returns the number of reviews on each, new cards included. */
export function studyDays(
  models: Models,
  cards: SimulatedCard[],
  days: readonly SimulatedDay[],
  policy: ReviewPolicy,
): number[] {
  return days.map((day, dayIndex) => {
    let introduced = 0;
    for (const card of cards) {
      if (introduced >= day.newCards) break;
      if (card.believed.lastReviewDay !== null) continue;
      review(models, card, day.reviewDay);
      introduced++;
    }
    const rest = { ...day, allowance: spendOnNewCards(day.allowance, introduced) };
    const chosen = policy(
      cards.map((card) => card.believed),
      rest,
      dayIndex,
    );
    for (const index of chosen) review(models, cards[index], day.reviewDay);
    return introduced + chosen.length;
  });
}

/** Mean true recall over all cards at `day`; cards never studied count 0. */
export function meanTrueRecall(models: Models, cards: readonly SimulatedCard[], day: number): number {
  if (cards.length === 0) return 0;
  return cards.reduce((sum, card) => sum + recallOn(models.truth, card.truth, day), 0) / cards.length;
}
