/** The activity calendar: reviews per study day over the last year, and the current streak. */
import type { KeyedStudyDay } from "./days";

export interface DailyReviewsRow {
  /** 1-based index of the study day in the calendar's days. */
  day: number;
  reviews: number;
}

export interface ActivityDay {
  key: string;
  reviews: number;
}

export interface Activity {
  days: ActivityDay[];
  totalReviews: number;
  activeDays: number;
  /** Consecutive study days with a review, up to today; today may still be empty without breaking it. */
  currentStreak: number;
}

export function activityCalendar(rows: readonly DailyReviewsRow[], days: readonly KeyedStudyDay[]): Activity {
  const byDay = new Map(rows.map((row) => [row.day, row.reviews]));
  const calendar = days.map((day, index) => ({ key: day.key, reviews: byDay.get(index + 1) ?? 0 }));
  let streak = 0;
  // Today counts once reviewed; until then, the streak runs to yesterday.
  let index = calendar.length - 1;
  if (index >= 0 && calendar[index].reviews === 0) index--;
  while (index >= 0 && calendar[index].reviews > 0) {
    streak++;
    index--;
  }
  return {
    days: calendar,
    totalReviews: calendar.reduce((sum, day) => sum + day.reviews, 0),
    activeDays: calendar.filter((day) => day.reviews > 0).length,
    currentStreak: streak,
  };
}
