/**
 * Which days of the recall history can come from stored snapshots. A finished day's sums only
 * change when the curve, the study-day settings or the deck's live card set change (all in the
 * basis) or when one of that day's reviews is undone (the undo deletes those snapshots).
 */
import type { UserSchedulingSettings } from "../scheduling/settings";
import type { KeyedStudyDay } from "./days";
import type { RecallSumRow } from "./history";
import type { ForgettingCurve } from "./retrievability";

export interface StoredSnapshot {
  dayEnd: Date;
  basis: string;
  /** Sum of R per topic id. */
  sums: Record<string, number>;
}

/**
 * Fingerprint of everything a finished day's sums depend on besides the reviews themselves:
 * the curve, the study-day settings, and a digest of the deck's live, unsuspended cards and
 * their topics (the database computes it), which a re-import, a retirement or a suspension changes.
 */
export function historyBasis(
  curve: ForgettingCurve,
  settings: Pick<UserSchedulingSettings, "timeZone" | "dayRolloverHour">,
  cardSetDigest: string,
): string {
  return [curve.decay, settings.timeZone, settings.dayRolloverHour, cardSetDigest].join("|");
}

export interface HistoryPlan {
  /** Index into the past days of the first day to rebuild; past.length when all are stored. */
  rebuildFrom: number;
  /** Sums of the days kept from storage (1-based day indexes, as the rebuilt rows use). */
  kept: RecallSumRow[];
}

/**
 * Keeps the stored days up to the first one that is missing or stale and rebuilds from there
 * on, so the rebuilt days are one contiguous run ending yesterday (usually just yesterday).
 */
export function planHistory(past: readonly KeyedStudyDay[], stored: readonly StoredSnapshot[], basis: string) {
  const byEnd = new Map(stored.map((snapshot) => [snapshot.dayEnd.getTime(), snapshot]));
  const kept: RecallSumRow[] = [];
  let index = 0;
  for (; index < past.length; index++) {
    const snapshot = byEnd.get(past[index].end.getTime());
    if (!snapshot || snapshot.basis !== basis) break;
    for (const [topicId, recallSum] of Object.entries(snapshot.sums)) kept.push({ topicId, day: index + 1, recallSum });
  }
  return { rebuildFrom: index, kept } satisfies HistoryPlan;
}

/** Rebuilt rows (day 1 = past[from]) as snapshots to store, one per day, empty days included. */
export function snapshotsToStore(past: readonly KeyedStudyDay[], from: number, rows: readonly RecallSumRow[]) {
  const sums = past.slice(from).map(() => ({}) as Record<string, number>);
  for (const row of rows) sums[row.day - 1][row.topicId] = row.recallSum;
  return sums.map((daySums, offset) => ({ dayEnd: past[from + offset].end, sums: daySums }));
}
