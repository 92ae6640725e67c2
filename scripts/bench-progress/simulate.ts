/**
 * A student's review history, simulated through the app's own FSRS scheduler: 20 new cards a
 * day, every due card reviewed each day, recall drawn from the card's true R, ratings with the
 * fsrs-rs simulator's default probabilities. Stops at exactly `targetLogs` reviews, so the card
 * states are what those reviews left.
 */
import { DEFAULT_SETTINGS } from "../../lib/scheduling/settings";
import { newSchedulingState, scheduleReview, State, type Grade, type SchedulingState } from "../../lib/scheduling/fsrs";
import { forgettingCurveFor, MS_PER_DAY, retrievabilityAt } from "../../lib/progress/retrievability";

export interface SimulatedReview {
  card: number;
  rating: Grade;
  reviewedAt: Date;
  before: SchedulingState;
  after: SchedulingState;
}

export interface Simulation {
  states: SchedulingState[];
  reviews: SimulatedReview[];
  days: number;
}

const FIRST_RATING = [0.24, 0.094, 0.495, 0.171];
const SUCCESS_RATING = [0.224, 0.631, 0.145];
const NEW_PER_DAY = 20;
// A diligent student: at 97% every one of the 100,000 reviews falls within the last year (in 324 days),
// the heaviest case for the dashboard, whose log aggregates cover one year.
export const DESIRED_RETENTION = 0.97;
const SECONDS_PER_REVIEW = 12;

/** mulberry32: the same history on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(probabilities: number[], draw: number): number {
  let sum = 0;
  for (const [index, probability] of probabilities.entries()) {
    sum += probability;
    if (draw < sum) return index;
  }
  return probabilities.length - 1;
}

/** Simulated times start at `origin` and are shifted by the caller to end just before now. */
export function simulateHistory(cardCount: number, targetLogs: number, origin: Date): Simulation {
  const settings = { ...DEFAULT_SETTINGS, desiredRetention: DESIRED_RETENTION };
  const curve = forgettingCurveFor(settings.fsrsWeights);
  const draw = random(20260601);
  const states: SchedulingState[] = [];
  const reviews: SimulatedReview[] = [];
  let day = 0;

  const review = (card: number, at: Date) => {
    const before = states[card];
    let rating: Grade;
    if (before.state === State.New) rating = (pick(FIRST_RATING, draw()) + 1) as Grade;
    else if (draw() > retrievabilityAt(curve, before, at)) rating = 1;
    else rating = (pick(SUCCESS_RATING, draw()) + 2) as Grade;
    const after = scheduleReview(settings, before, at, rating);
    states[card] = after;
    reviews.push({ card, rating, reviewedAt: at, before, after });
  };

  while (reviews.length < targetLogs) {
    const sessionStart = origin.getTime() + day * MS_PER_DAY + 8 * 3_600_000;
    let clock = sessionStart;
    // Cards due by the end of the session, plus today's new ones; learning steps come back within it.
    const sessionEnd = sessionStart + 14 * 3_600_000;
    const session: number[] = [];
    for (let card = 0; card < states.length; card++) if (states[card].due.getTime() <= sessionEnd) session.push(card);
    for (let added = 0; added < NEW_PER_DAY && states.length < cardCount; added++) {
      states.push(newSchedulingState(new Date(sessionStart)));
      session.push(states.length - 1);
    }
    while (session.length > 0 && reviews.length < targetLogs) {
      session.sort((a, b) => states[a].due.getTime() - states[b].due.getTime());
      const card = session.shift()!;
      clock = Math.max(clock + SECONDS_PER_REVIEW * 1000, Math.min(states[card].due.getTime(), sessionEnd));
      review(card, new Date(clock));
      if (states[card].due.getTime() <= sessionEnd) session.push(card);
    }
    day++;
  }
  while (states.length < cardCount) states.push(newSchedulingState(new Date(origin.getTime() + day * MS_PER_DAY)));
  return { states, reviews, days: day };
}
