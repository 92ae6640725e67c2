"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ForecastDay } from "@/lib/progress/forecast";
import { ChartFigure, DataTable } from "./ChartFigure";
import { CHART, plural, shortDate } from "./format";

/** Cards due on each of the next 30 study days; overdue cards count on today. */
export function ForecastChart({ forecast }: { forecast: ForecastDay[] }) {
  const week = forecast.slice(0, 7).reduce((sum, day) => sum + day.due, 0);
  const month = forecast.reduce((sum, day) => sum + day.due, 0);
  const busiest = forecast.reduce((top, day) => (day.due > top.due ? day : top), forecast[0]);
  const data = forecast.map((day, index) => ({ ...day, label: index === 0 ? "Today" : shortDate(day.key) }));
  return (
    <ChartFigure
      title="Review forecast"
      testId="forecast"
      summary={
        `${plural(forecast[0]?.due ?? 0, "card")} due today (overdue included), ${week} in the next 7 days, ` +
        `${month} in the next 30` +
        (busiest && busiest.due > 0 && busiest !== forecast[0]
          ? `; the busiest day is ${shortDate(busiest.key)} with ${busiest.due}.`
          : ".")
      }
      chart={
        <div className="h-48">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -20 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke={CHART.grid} />
              <XAxis dataKey="label" interval={6} tick={{ fontSize: 11 }} stroke={CHART.muted} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} stroke={CHART.muted} />
              <Tooltip formatter={(value) => [value, "cards due"]} />
              <Bar dataKey="due" fill={CHART.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      }
      table={
        <DataTable
          caption="Cards due per study day"
          head={["Day", "Cards due"]}
          rows={data.map((day) => [day.label, day.due])}
        />
      }
    />
  );
}
