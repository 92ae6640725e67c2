import { describe, expect, it } from "vitest";
import { isValidTimeZone, studyDayContaining } from "./study-day";

describe("studyDayContaining", () => {
  it("starts the day at the rollover hour in UTC", () => {
    const day = studyDayContaining(new Date("2026-01-15T10:00:00Z"), "UTC", 4);
    expect(day.start.toISOString()).toBe("2026-01-15T04:00:00.000Z");
    expect(day.end.toISOString()).toBe("2026-01-16T04:00:00.000Z");
  });

  it("counts the hours before the rollover as the previous day", () => {
    const day = studyDayContaining(new Date("2026-01-15T03:59:00Z"), "UTC", 4);
    expect(day.start.toISOString()).toBe("2026-01-14T04:00:00.000Z");
  });

  it("uses the user's own zone, where the UTC date differs", () => {
    // 23:30 UTC on the 15th is 08:30 on the 16th in Tokyo.
    const day = studyDayContaining(new Date("2026-01-15T23:30:00Z"), "Asia/Tokyo", 4);
    expect(day.start.toISOString()).toBe("2026-01-15T19:00:00.000Z");
    expect(day.end.toISOString()).toBe("2026-01-16T19:00:00.000Z");
  });

  it("handles zones west of UTC", () => {
    // 02:00 UTC on the 16th is 21:00 on the 15th in New York (UTC-5 in winter).
    const day = studyDayContaining(new Date("2026-01-16T02:00:00Z"), "America/New_York", 4);
    expect(day.start.toISOString()).toBe("2026-01-15T09:00:00.000Z");
  });

  it("gives a 23-hour day when daylight saving time starts", () => {
    // Europe/Berlin springs forward on 2026-03-29 at 02:00 local.
    const day = studyDayContaining(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin", 4);
    expect(day.start.toISOString()).toBe("2026-03-29T02:00:00.000Z");
    expect(day.end.getTime() - day.start.getTime()).toBe(24 * 3_600_000);
    const before = studyDayContaining(new Date("2026-03-28T12:00:00Z"), "Europe/Berlin", 4);
    expect(before.start.toISOString()).toBe("2026-03-28T03:00:00.000Z");
    expect(before.end.toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });

  it("validates zone names", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
