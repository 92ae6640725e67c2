/**
 * An exam is entered as a wall-clock date and time in the student's zone ("2026-12-05T09:00"
 * from a datetime-local input) and stored as an instant; these convert both ways.
 */
import { zoneOffsetMs } from "../scheduling/study-day";

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of a local "YYYY-MM-DDTHH:mm" in `timeZone`, or null when it is not a real date and time. */
export function localInputToInstant(local: string, timeZone: string): Date | null {
  const match = LOCAL_INPUT.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  // Date.UTC rolls 31 February over into March; a date that rolled is not a date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  let instant = guess - zoneOffsetMs(new Date(guess), timeZone);
  // A second pass settles the offset when the first guess straddled a DST switch.
  instant = guess - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** `instant` as "YYYY-MM-DDTHH:mm" on the wall clock of `timeZone`, for a datetime-local input. */
export function instantToLocalInput(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + zoneOffsetMs(instant, timeZone));
  return local.toISOString().slice(0, 16);
}

/** "Sat 5 Dec 2026, 09:00" in `timeZone`. */
export function formatExamDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** Time left before the exam in words: "6 days 23 hours", "3 hours 5 minutes", or "now" once it has begun. */
export function countdown(now: Date, examAt: Date): string {
  const minutes = Math.floor((examAt.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  const rest = minutes % 60;
  return hours > 0 ? `${plural(hours, "hour")} ${plural(rest, "minute")}` : plural(rest, "minute");
}
