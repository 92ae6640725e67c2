"use client";

import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TopicSeries } from "@/lib/progress/history";
import { DataTable } from "./ChartFigure";
import { CHART, percent, shortDate } from "./format";

/** Points back from today that the summary and the table name. */
const MARKS = [89, 59, 29, 6, 0];

function summary(points: TopicSeries["points"]) {
  const first = points[0].recall;
  const last = points[points.length - 1].recall;
  const month = points[points.length - 31]?.recall ?? first;
  if (last === 0 && first === 0) return "Not studied in the last 90 days.";
  return `${percent(first)} 90 days ago, ${percent(month)} 30 days ago, ${percent(last)} today.`;
}

/** One small line chart per topic: the mean R its cards had at the end of each of the last 90 days. */
export function RecallHistory({
  series,
  names,
  topicLabel,
}: {
  series: TopicSeries[];
  names: Record<string, string>;
  topicLabel: string;
}) {
  const points = series[0]?.points ?? [];
  const marks = MARKS.map((back) => points[points.length - 1 - back]).filter(Boolean);
  const rows = series.map((topic) => [
    names[topic.topicId],
    ...MARKS.map((back) => percent(topic.points[topic.points.length - 1 - back]?.recall ?? 0)),
  ]);
  return (
    <section className="space-y-3" aria-labelledby="history-heading">
      <div>
        <h2 id="history-heading" className="text-lg font-semibold">
          Recall over the last 90 days
        </h2>
        <p className="text-sm text-stone-500">
          Each point is the mean recall of the {topicLabel}&apos;s cards at the end of that study day, rebuilt from your
          reviews; the last point is today&apos;s figure.
        </p>
      </div>
      <div className="sr-only">
        <DataTable
          caption={`Recall per ${topicLabel}, at five points of the last 90 days`}
          head={[topicLabel, ...marks.map((point) => shortDate(point.key))]}
          rows={rows}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {series.map((topic) => (
          <figure
            key={topic.topicId}
            className="rounded-xl border border-stone-200 bg-white p-3 shadow-sm"
            data-testid="history-chart"
          >
            <figcaption className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
              <span className="font-medium text-stone-900">{names[topic.topicId]}</span>
              <span className="text-xs text-stone-500">{summary(topic.points)}</span>
            </figcaption>
            <div aria-hidden="true" className="mt-2 h-24">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart
                  data={topic.points}
                  margin={{ top: 4, right: 4, bottom: 0, left: -20 }}
                  accessibilityLayer={false}
                >
                  <XAxis
                    dataKey="key"
                    tickFormatter={shortDate}
                    interval={29}
                    tick={{ fontSize: 10 }}
                    stroke={CHART.muted}
                  />
                  <YAxis
                    domain={[0, 1]}
                    ticks={[0, 0.5, 1]}
                    tickFormatter={(value: number) => percent(value)}
                    tick={{ fontSize: 10 }}
                    stroke={CHART.muted}
                  />
                  <Tooltip
                    labelFormatter={(key) => shortDate(String(key))}
                    formatter={(value) => [percent(Number(value), 1), "recall"]}
                  />
                  <Line
                    type="monotone"
                    dataKey="recall"
                    stroke={CHART.line}
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>
        ))}
      </div>
    </section>
  );
}
