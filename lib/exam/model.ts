/**
 * The memory model the planner reasons with: the user's FSRS-6 weights, as ts-fsrs applies them.
 * Time is in fractional days so that the planner and the simulation share one code path.
 */
import { fsrs, generatorParameters, type FSRS } from "ts-fsrs";
import { forgettingCurveFor, MS_PER_DAY, retrievability, type ForgettingCurve } from "../progress/retrievability";

export interface MemoryModel {
  /** ts-fsrs with the user's weights; its next_state gives the stability after a review. */
  readonly scheduler: FSRS;
  readonly curve: ForgettingCurve;
}

/** A card's memory as the planner sees it; `lastReviewDay` is null for a card never studied. */
export interface CardMemory {
  stability: number;
  difficulty: number;
  lastReviewDay: number | null;
}

const models = new Map<string, MemoryModel>();

/** Short-term (same-day) stability is left out: exam planning works in whole study days. */
export function memoryModelFor(fsrsWeights: readonly number[]): MemoryModel {
  const key = fsrsWeights.join(",");
  let model = models.get(key);
  if (!model) {
    const scheduler = fsrs(
      generatorParameters({
        enable_short_term: false,
        enable_fuzz: false,
        ...(fsrsWeights.length > 0 ? { w: [...fsrsWeights] } : {}),
      }),
    );
    model = { scheduler, curve: forgettingCurveFor(scheduler.parameters.w) };
    if (models.size > 64) models.clear();
    models.set(key, model);
  }
  return model;
}

export function toDay(instant: Date): number {
  return instant.getTime() / MS_PER_DAY;
}

export function fromDay(day: number): Date {
  return new Date(Math.round(day * MS_PER_DAY));
}

/** Recall probability at `day`; a card never studied counts 0. */
export function recallOn(model: MemoryModel, memory: CardMemory, day: number): number {
  if (memory.lastReviewDay === null) return 0;
  return retrievability(model.curve, day - memory.lastReviewDay, memory.stability);
}
