/**
 * Recall over time: for each topic, the mean R its cards had at the end of each past study day,
 * rebuilt from the review logs by the database, and today's figure as the last point.
 */
import type { KeyedStudyDay } from "./days";

/** Sum of R over one topic's cards at the end of one past day (1-based index into the past days). */
export interface RecallSumRow {
  topicId: string;
  day: number;
  recallSum: number;
}

export interface RecallPoint {
  key: string;
  recall: number;
}

export interface TopicSeries {
  topicId: string;
  points: RecallPoint[];
}

interface SeriesTopic {
  id: string;
  /** Live, unsuspended cards today: the history is of the cards the topic has now. */
  cards: number;
  recallNow: number;
}

/**
 * `days` ends with today; `rows` cover the days before it. Days without a row had no studied card.
 * Means are over the topic's current cards, so the last point is exactly today's recall.
 */
export function recallSeries(
  topics: readonly SeriesTopic[],
  rows: readonly RecallSumRow[],
  days: readonly KeyedStudyDay[],
): TopicSeries[] {
  const sums = new Map<string, Float64Array>();
  for (const topic of topics) sums.set(topic.id, new Float64Array(days.length));
  for (const row of rows) {
    const series = sums.get(row.topicId);
    if (series && row.day >= 1 && row.day < days.length) series[row.day - 1] = row.recallSum;
  }
  return topics.map((topic) => {
    const series = sums.get(topic.id)!;
    const points = days.map((day, index) => ({
      key: day.key,
      recall: index === days.length - 1 ? topic.recallNow : topic.cards === 0 ? 0 : series[index] / topic.cards,
    }));
    return { topicId: topic.id, points };
  });
}
