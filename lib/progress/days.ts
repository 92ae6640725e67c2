/** Runs of study days in the user's zone, for the calendar, the forecast and the recall history. */
import { studyDayContaining, type StudyDay } from "../scheduling/study-day";

export interface KeyedStudyDay extends StudyDay {
  /** The study day's local date, YYYY-MM-DD. */
  key: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant's wall-clock date in `timeZone`. */
export function localDateKey(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** The local date a study day is named after: the date on which it starts, at the rollover hour. */
export function studyDateKey(instant: Date, timeZone: string, rolloverHour: number): string {
  return localDateKey(studyDayContaining(instant, timeZone, rolloverHour).start, timeZone);
}

function keyed(day: StudyDay, timeZone: string): KeyedStudyDay {
  return { ...day, key: localDateKey(day.start, timeZone) };
}

/** The last `count` study days, oldest first; the last one is today. */
export function pastStudyDays(now: Date, timeZone: string, rolloverHour: number, count: number): KeyedStudyDay[] {
  const days: KeyedStudyDay[] = [];
  let day = studyDayContaining(now, timeZone, rolloverHour);
  for (let i = 0; i < count; i++) {
    days.push(keyed(day, timeZone));
    day = studyDayContaining(new Date(day.start.getTime() - 1), timeZone, rolloverHour);
  }
  return days.reverse();
}

/** Today and the `count - 1` study days after it. */
export function comingStudyDays(now: Date, timeZone: string, rolloverHour: number, count: number): KeyedStudyDay[] {
  const days: KeyedStudyDay[] = [];
  let day = studyDayContaining(now, timeZone, rolloverHour);
  for (let i = 0; i < count; i++) {
    days.push(keyed(day, timeZone));
    day = studyDayContaining(day.end, timeZone, rolloverHour);
  }
  return days;
}

/** Whole study days from `from` to `to` (both YYYY-MM-DD); calendar arithmetic, free of zone offsets. */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
