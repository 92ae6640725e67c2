/**
 * The progress dashboard's view of one deck for one user, assembled from rows the storage layer
 * reads: card states, per-day recall sums, first-of-day review counts and daily review totals.
 */
import type { UserSchedulingSettings } from "../scheduling/settings";
import { studyDayContaining } from "../scheduling/study-day";
import { activityCalendar, type Activity, type DailyReviewsRow } from "./activity";
import { comingStudyDays, pastStudyDays, studyDateKey, type KeyedStudyDay } from "./days";
import { recallHistogram, stabilityHistogram, type HistogramBucket } from "./distributions";
import { dueForecast, type ForecastDay } from "./forecast";
import { recallSeries, type RecallSumRow, type TopicSeries } from "./history";
import {
  cardRecall,
  cardsByTopic,
  masteryOf,
  type CardProgressRow,
  type MasteryFigures,
  type MasteryOptions,
} from "./mastery";
import {
  retentionTable,
  topicRetention,
  type PassRate,
  type RetentionCountsRow,
  type RetentionWindow,
} from "./retention";
import { forgettingCurveFor } from "./retrievability";
import type { WeakClaim } from "./weakest";

export const HISTORY_DAYS = 90;
export const CALENDAR_DAYS = 365;
export const FORECAST_DAYS = 30;

/** The study days every part of the dashboard is counted in, in the user's zone. */
export interface DashboardCalendar {
  /** The last 90 study days, ending today. */
  history: KeyedStudyDay[];
  /** The last 365 study days, ending today. */
  year: KeyedStudyDay[];
  /** Today and the next 29 study days. */
  coming: KeyedStudyDay[];
}

// 400 days of zone arithmetic take ~10 ms and change once a day per zone: kept for the day.
const calendars = new Map<string, DashboardCalendar>();
const CACHED_CALENDARS = 64;

export function dashboardCalendar(now: Date, settings: UserSchedulingSettings): DashboardCalendar {
  const { timeZone, dayRolloverHour } = settings;
  const today = studyDayContaining(now, timeZone, dayRolloverHour);
  const key = `${timeZone}|${dayRolloverHour}|${today.start.getTime()}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    const year = pastStudyDays(now, timeZone, dayRolloverHour, CALENDAR_DAYS);
    calendar = {
      history: year.slice(-HISTORY_DAYS),
      year,
      coming: comingStudyDays(now, timeZone, dayRolloverHour, FORECAST_DAYS),
    };
    if (calendars.size >= CACHED_CALENDARS) calendars.delete(calendars.keys().next().value!);
    calendars.set(key, calendar);
  }
  return calendar;
}

export interface DashboardInput {
  deck: { id: string; title: string; topicLabel: string };
  topics: readonly { id: string; name: string }[];
  cards: readonly CardProgressRow[];
  recallSums: readonly RecallSumRow[];
  retention: readonly RetentionCountsRow[];
  dailyReviews: readonly DailyReviewsRow[];
  weakClaims: readonly (WeakClaim & { text: string; sourceSentence: string; sourceSection: string })[];
  settings: UserSchedulingSettings;
  calendar: DashboardCalendar;
  now: Date;
}

export interface TopicProgress extends MasteryFigures {
  id: string;
  name: string;
  /** Position in the deck, for a stable order among equals. */
  position: number;
  retention30: PassRate;
  /** Study date of the last review, YYYY-MM-DD in the user's zone. */
  lastStudiedOn: string | null;
}

export interface ProgressDashboard {
  deck: DashboardInput["deck"];
  desiredRetention: number;
  today: string;
  overall: MasteryFigures;
  topics: TopicProgress[];
  retention: RetentionWindow[];
  history: TopicSeries[];
  forecast: ForecastDay[];
  activity: Activity;
  recallDistribution: HistogramBucket[];
  stabilityDistribution: HistogramBucket[];
  weakClaims: DashboardInput["weakClaims"];
}

export function masteryOptions(settings: UserSchedulingSettings, now: Date): MasteryOptions {
  return { curve: forgettingCurveFor(settings.fsrsWeights), desiredRetention: settings.desiredRetention, now };
}

export function buildDashboard(input: DashboardInput): ProgressDashboard {
  const { settings, calendar, now } = input;
  const options = masteryOptions(settings, now);
  const grouped = cardsByTopic(input.cards);
  const dateOf = (instant: Date | null) =>
    instant && studyDateKey(instant, settings.timeZone, settings.dayRolloverHour);
  const topics = input.topics
    .filter((topic) => grouped.has(topic.id))
    .map((topic, position) => {
      const figures = masteryOf(grouped.get(topic.id)!, options);
      const retention30 = topicRetention(input.retention, topic.id, 30);
      return {
        id: topic.id,
        name: topic.name,
        position,
        ...figures,
        retention30,
        lastStudiedOn: dateOf(figures.lastStudied),
      };
    });
  const studied = input.cards.filter((card) => !card.suspended && cardRecall(card, options) !== null);
  return {
    deck: input.deck,
    desiredRetention: settings.desiredRetention,
    today: calendar.history[calendar.history.length - 1].key,
    overall: masteryOf(input.cards, options),
    topics,
    retention: retentionTable(input.retention),
    history: recallSeries(topics, input.recallSums, calendar.history),
    forecast: dueForecast(
      studied.map((card) => card.due),
      calendar.coming,
    ),
    activity: activityCalendar(input.dailyReviews, calendar.year),
    recallDistribution: recallHistogram(studied.map((card) => cardRecall(card, options)!)),
    stabilityDistribution: stabilityHistogram(studied.map((card) => card.stability)),
    weakClaims: input.weakClaims,
  };
}
