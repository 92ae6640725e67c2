"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HistogramBucket } from "@/lib/progress/distributions";
import { ChartFigure, DataTable } from "./ChartFigure";
import { CHART } from "./format";

/** Axis ticks short enough for a phone; the table under each chart keeps the full band names. */
const shortTick = (label: string) => label.replace(/\s/g, "").replace(/–\d+%$/, "%");

function Histogram(props: {
  title: string;
  buckets: HistogramBucket[];
  summary: string;
  unit: string;
  testId: string;
}) {
  return (
    <ChartFigure
      title={props.title}
      testId={props.testId}
      summary={props.summary}
      chart={
        <div className="h-44">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={props.buckets}
              margin={{ top: 4, right: 4, bottom: 0, left: -20 }}
              accessibilityLayer={false}
            >
              <CartesianGrid vertical={false} stroke={CHART.grid} />
              <XAxis
                dataKey="label"
                tickFormatter={shortTick}
                tick={{ fontSize: 10 }}
                minTickGap={2}
                stroke={CHART.muted}
              />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} stroke={CHART.muted} />
              <Tooltip formatter={(value) => [value, "cards"]} />
              <Bar dataKey="count" fill={CHART.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      }
      table={
        <DataTable
          caption={`${props.title}: studied cards per band`}
          head={[props.unit, "Cards"]}
          rows={props.buckets.map((bucket) => [bucket.label, bucket.count])}
        />
      }
    />
  );
}

/** Where the studied cards' recall and stability lie: Anki's FSRS distributions. */
export function Distributions(props: { recall: HistogramBucket[]; stability: HistogramBucket[]; studied: number }) {
  const below = props.recall.slice(0, 9).reduce((sum, bucket) => sum + bucket.count, 0);
  const mature = props.stability.slice(4).reduce((sum, bucket) => sum + bucket.count, 0);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Histogram
        title="Recall now (R)"
        unit="Recall"
        testId="recall-distribution"
        buckets={props.recall}
        summary={`${props.studied - below} of ${props.studied} studied cards at 90% or more; ${below} below.`}
      />
      <Histogram
        title="Stability (S)"
        unit="Stability"
        testId="stability-distribution"
        buckets={props.stability}
        summary={`${mature} of ${props.studied} studied cards hold for 21 days or more.`}
      />
    </div>
  );
}
