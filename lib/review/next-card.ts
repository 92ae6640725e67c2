import { State } from "../scheduling/fsrs";

/** New cards a student may still meet today. */
export function newCardBudget(dailyNewLimit: number, introducedToday: number): number {
  return Math.max(0, dailyNewLimit - introducedToday);
}

/**
 * The card to show next from the candidates in queue order: a due card first; a new
 * card only while today's new-card budget lasts.
 */
export function chooseNextCard<Candidate extends { state: number }>(
  candidates: Candidate[],
  newBudget: number,
): Candidate | null {
  const due = candidates.find((candidate) => candidate.state !== State.New);
  if (due) return due;
  if (newBudget <= 0) return null;
  return candidates.find((candidate) => candidate.state === State.New) ?? null;
}
