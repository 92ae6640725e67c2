import type { Activity } from "@/lib/progress/activity";
import { ChartFigure, DataTable } from "./ChartFigure";
import { longDate, plural } from "./format";

const SHADES = ["bg-stone-200", "bg-indigo-200", "bg-indigo-400", "bg-indigo-600", "bg-indigo-800"];

/** 0 for no reviews, then four steps up to the busiest day. */
function shade(reviews: number, busiest: number) {
  if (reviews === 0) return SHADES[0];
  return SHADES[Math.min(4, 1 + Math.floor((reviews / Math.max(1, busiest)) * 3.999))];
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function byMonth(activity: Activity) {
  const months = new Map<string, { reviews: number; days: number }>();
  for (const day of activity.days) {
    const name = MONTH.format(new Date(`${day.key}T00:00:00Z`));
    const month = months.get(name) ?? { reviews: 0, days: 0 };
    month.reviews += day.reviews;
    month.days += day.reviews > 0 ? 1 : 0;
    months.set(name, month);
  }
  return [...months].map(([name, month]) => [name, month.reviews, month.days]);
}

/** Reviews per study day over the last year, a column per week (Monday on top), in the student's zone. */
export function ActivityCalendar({ activity }: { activity: Activity }) {
  const busiest = Math.max(0, ...activity.days.map((day) => day.reviews));
  const first = activity.days[0];
  // Monday-first rows: pad the first column up to the first day's weekday.
  const padding = first ? (new Date(`${first.key}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  const weeks = Math.ceil((padding + activity.days.length) / 7);
  return (
    <ChartFigure
      title="Activity"
      testId="activity"
      summary={
        `${plural(activity.totalReviews, "review")} on ${plural(activity.activeDays, "day")} in the last year, ` +
        `every deck counted. Current streak: ${plural(activity.currentStreak, "day")}.`
      }
      chart={
        <div
          className="grid grid-flow-col grid-rows-7 gap-[2px]"
          style={{ gridTemplateColumns: `repeat(${weeks}, minmax(0, 1fr))` }}
        >
          {Array.from({ length: padding }, (_, index) => (
            <span key={`pad-${index}`} />
          ))}
          {activity.days.map((day) => (
            <span
              key={day.key}
              title={`${longDate(day.key)}: ${plural(day.reviews, "review")}`}
              className={`aspect-square rounded-[2px] ${shade(day.reviews, busiest)}`}
            />
          ))}
        </div>
      }
      table={
        <DataTable caption="Reviews per month" head={["Month", "Reviews", "Days studied"]} rows={byMonth(activity)} />
      }
    />
  );
}
