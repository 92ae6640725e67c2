/**
 * True retention as Anki's statistics table defines it: the pass rate (Again is a fail) of the
 * first review of each study day of cards in the review state, split into young (interval under
 * 21 days) and mature cards. The database picks those first reviews; this adds them up.
 */
export const RETENTION_WINDOWS = [7, 30, 365] as const;
export type RetentionWindowDays = (typeof RETENTION_WINDOWS)[number];

/** First-of-day reviews of one topic's young or mature cards, counted per window. */
export interface RetentionCountsRow {
  topicId: string;
  mature: boolean;
  passed7: number;
  total7: number;
  passed30: number;
  total30: number;
  passed365: number;
  total365: number;
}

export interface PassRate {
  passed: number;
  total: number;
  /** null when there was nothing to count. */
  rate: number | null;
}

export interface RetentionWindow {
  days: RetentionWindowDays;
  young: PassRate;
  mature: PassRate;
  all: PassRate;
}

export function passRate(passed: number, total: number): PassRate {
  return { passed, total, rate: total === 0 ? null : passed / total };
}

function countsIn(rows: readonly RetentionCountsRow[], days: RetentionWindowDays) {
  let passed = 0;
  let total = 0;
  for (const row of rows) {
    passed += row[`passed${days}`];
    total += row[`total${days}`];
  }
  return passRate(passed, total);
}

/** The 7-, 30- and 365-day table over the given rows (a whole deck, or one topic). */
export function retentionTable(rows: readonly RetentionCountsRow[]): RetentionWindow[] {
  const young = rows.filter((row) => !row.mature);
  const mature = rows.filter((row) => row.mature);
  return RETENTION_WINDOWS.map((days) => ({
    days,
    young: countsIn(young, days),
    mature: countsIn(mature, days),
    all: countsIn(rows, days),
  }));
}

/** One topic's pass rate over the last `days` study days, young and mature together. */
export function topicRetention(rows: readonly RetentionCountsRow[], topicId: string, days: RetentionWindowDays = 30) {
  return countsIn(
    rows.filter((row) => row.topicId === topicId),
    days,
  );
}
