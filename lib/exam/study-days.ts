import { studyDayContaining, type StudyDay } from "../scheduling/study-day";

/** Far beyond any exam a student plans for; bounds the work of a plan. */
export const MAX_PLAN_DAYS = 400;

/**
 * The study days from today up to the exam: today, then every whole study day that ends by the
 * exam's time. An exam later today leaves today alone.
 */
export function studyDaysBefore(now: Date, examAt: Date, timeZone: string, rolloverHour: number): StudyDay[] {
  const days: StudyDay[] = [studyDayContaining(now, timeZone, rolloverHour)];
  for (;;) {
    const next = studyDayContaining(days[days.length - 1].end, timeZone, rolloverHour);
    if (next.end > examAt || days.length >= MAX_PLAN_DAYS) return days;
    days.push(next);
  }
}
