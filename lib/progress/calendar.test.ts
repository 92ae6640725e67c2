import { describe, expect, it } from "vitest";
import { activityCalendar } from "./activity";
import { comingStudyDays, daysBetweenKeys, pastStudyDays, studyDateKey } from "./days";
import { dueForecast } from "./forecast";
import { recallSeries } from "./history";
import { recallHistogram, stabilityHistogram } from "./distributions";

const now = new Date("2026-01-16T02:00:00Z"); // 11:00 on the 16th in Tokyo; the day began at 04:00 local

describe("study days in the user's zone", () => {
  it("names days by their local date and counts back from today", () => {
    const days = pastStudyDays(now, "Asia/Tokyo", 4, 3);
    expect(days.map((day) => day.key)).toEqual(["2026-01-14", "2026-01-15", "2026-01-16"]);
    expect(days[2].start.toISOString()).toBe("2026-01-15T19:00:00.000Z");
    expect(days[1].end).toEqual(days[2].start);
  });

  it("puts a review before the rollover hour on the previous study day", () => {
    // 03:30 on the 16th in Tokyo is still the 15th's study day.
    expect(studyDateKey(new Date("2026-01-15T18:30:00Z"), "Asia/Tokyo", 4)).toBe("2026-01-15");
    expect(studyDateKey(new Date("2026-01-15T19:30:00Z"), "Asia/Tokyo", 4)).toBe("2026-01-16");
  });

  it("runs forward from today", () => {
    const days = comingStudyDays(now, "UTC", 4, 2);
    expect(days.map((day) => day.key)).toEqual(["2026-01-15", "2026-01-16"]);
    expect(daysBetweenKeys("2025-12-30", "2026-01-02")).toBe(3);
  });
});

describe("activity calendar", () => {
  const days = pastStudyDays(now, "UTC", 0, 6); // 2026-01-11 .. 2026-01-16

  it("counts the streak back from today, or from yesterday while today is still empty", () => {
    // Days 1-6 are 2026-01-11 .. 2026-01-16.
    const rows = [
      { day: 1, reviews: 4 },
      { day: 3, reviews: 2 },
      { day: 4, reviews: 7 },
      { day: 5, reviews: 1 },
    ];
    const activity = activityCalendar(rows, days);
    expect(activity.currentStreak).toBe(3);
    expect(activity.totalReviews).toBe(14);
    expect(activity.activeDays).toBe(4);
    expect(activityCalendar([...rows, { day: 6, reviews: 5 }], days).currentStreak).toBe(4);
    expect(activityCalendar(rows.slice(0, 3), days).currentStreak).toBe(0);
  });
});

describe("review forecast", () => {
  it("puts overdue cards on today and leaves out cards beyond the last day", () => {
    const days = comingStudyDays(now, "UTC", 0, 3); // 16th, 17th, 18th
    const dues = ["2026-01-10T00:00:00Z", "2026-01-16T23:00:00Z", "2026-01-17T00:00:00Z", "2026-01-19T00:00:00Z"];
    const forecast = dueForecast(
      dues.map((due) => new Date(due)),
      days,
    );
    expect(forecast).toEqual([
      { key: "2026-01-16", due: 2 },
      { key: "2026-01-17", due: 1 },
      { key: "2026-01-18", due: 0 },
    ]);
  });
});

describe("recall history", () => {
  it("divides each day's sum by the topic's cards and ends on today's recall", () => {
    const days = pastStudyDays(now, "UTC", 0, 3);
    const series = recallSeries(
      [{ id: "t", cards: 4, recallNow: 0.55 }],
      [{ topicId: "t", day: 2, recallSum: 1.8 }],
      days,
    );
    expect(series[0].points).toEqual([
      { key: "2026-01-14", recall: 0 },
      { key: "2026-01-15", recall: 0.45 },
      { key: "2026-01-16", recall: 0.55 },
    ]);
  });
});

describe("distributions", () => {
  it("bands R in tenths and stability in days", () => {
    const recall = recallHistogram([0, 0.05, 0.5, 0.999, 1]);
    expect(recall.map((bucket) => bucket.count)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(recall[9].label).toBe("90–100%");
    const stability = stabilityHistogram([0.4, 1, 2.9, 21, 400]);
    expect(stability.map((bucket) => bucket.count)).toEqual([1, 2, 0, 0, 1, 0, 1]);
  });
});
