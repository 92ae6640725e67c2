/**
 * A student's day runs from the rollover hour in their own time zone
 * (04:00 by default, like Anki), not from UTC midnight.
 */

// Building a DateTimeFormat costs far more than using one; a study day is computed on every grade.
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = zoneFormat(timeZone).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instant of a local wall-clock time, DST-aware. */
function localWallTimeToInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month, day, hour);
  let instant = guess - zoneOffsetMs(new Date(guess), timeZone);
  // A second pass settles the offset when the first guess straddled a DST switch.
  instant = guess - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface StudyDay {
  start: Date;
  end: Date;
}

export function studyDayContaining(now: Date, timeZone: string, rolloverHour: number): StudyDay {
  const local = new Date(now.getTime() + zoneOffsetMs(now, timeZone) - rolloverHour * 3_600_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const day = local.getUTCDate();
  return {
    start: localWallTimeToInstant(year, month, day, rolloverHour, timeZone),
    end: localWallTimeToInstant(year, month, day + 1, rolloverHour, timeZone),
  };
}
