/**
 * FSRS-6's forgetting curve with exact, fractional elapsed time:
 *   R(t, S) = (1 + F·t/S)^(-w20),  F = 0.9^(-1/w20) - 1
 * ts-fsrs's get_retrievability counts whole days, which makes a card reviewed an hour ago look
 * as fresh as one reviewed 23 hours ago; recall figures need the exact curve.
 */
import { FSRS6_DEFAULT_DECAY } from "ts-fsrs";

export const MS_PER_DAY = 86_400_000;

/** The curve's two constants, from a user's weights. */
export interface ForgettingCurve {
  /** w20: how fast the curve flattens. */
  decay: number;
  /** F: chosen so that R(S, S) = 0.9. */
  factor: number;
}

/** The user's own w20 when they have trained weights (FSRS-6 has 21), else the default. */
export function forgettingCurveFor(fsrsWeights: readonly number[]): ForgettingCurve {
  const decay = fsrsWeights.length >= 21 && fsrsWeights[20] > 0 ? fsrsWeights[20] : FSRS6_DEFAULT_DECAY;
  return { decay, factor: Math.pow(0.9, -1 / decay) - 1 };
}

/** Probability of recall after `elapsedDays` (fractional) at stability `stability` days. */
export function retrievability(curve: ForgettingCurve, elapsedDays: number, stability: number): number {
  if (!(stability > 0)) return 0;
  return Math.pow(1 + (curve.factor * Math.max(0, elapsedDays)) / stability, -curve.decay);
}

/** R at `now` of a card last reviewed at `lastReview`; a card never reviewed has R = 0. */
export function retrievabilityAt(
  curve: ForgettingCurve,
  card: { lastReview: Date | null; stability: number },
  now: Date,
): number {
  if (!card.lastReview) return 0;
  return retrievability(curve, (now.getTime() - card.lastReview.getTime()) / MS_PER_DAY, card.stability);
}
