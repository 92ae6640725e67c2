/** The review forecast: how many studied cards fall due on each of the coming study days. */
import type { KeyedStudyDay } from "./days";

export interface ForecastDay {
  key: string;
  due: number;
}

/** Cards already overdue count on today; cards due after the last day are left out. */
export function dueForecast(dues: readonly Date[], days: readonly KeyedStudyDay[]): ForecastDay[] {
  const counts = days.map((day) => ({ key: day.key, due: 0 }));
  if (days.length === 0) return counts;
  const end = days[days.length - 1].end.getTime();
  for (const due of dues) {
    const time = due.getTime();
    if (time >= end) continue;
    counts[dayIndexOf(time, days)].due++;
  }
  return counts;
}

/** Index of the day holding `time` (0 for anything before the first day), by binary search. */
function dayIndexOf(time: number, days: readonly KeyedStudyDay[]): number {
  let low = 0;
  let high = days.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (days[middle].start.getTime() <= time) low = middle;
    else high = middle - 1;
  }
  return low;
}
