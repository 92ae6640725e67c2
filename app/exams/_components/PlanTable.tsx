import type { ExamPlan } from "@/lib/exam/plan";
import { ScrollFrame } from "@/app/_components/ui/ScrollFrame";

const SHOWN_DAYS = 21;

/** Reviews per study day from today to the exam. */
export function PlanTable({ plan, timeZone }: { plan: ExamPlan; timeZone: string }) {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" });
  const shown = plan.days.slice(0, SHOWN_DAYS);
  const rest = plan.days.slice(SHOWN_DAYS);
  return (
    <section className="space-y-3" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="text-lg font-semibold">
        The plan
      </h2>
      <ScrollFrame label="The plan">
        <table className="w-full text-sm">
          <caption className="sr-only">Reviews planned per day until the exam</caption>
          <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th scope="col" className="px-4 py-2">
                Day
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Reviews
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                of which new cards
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {shown.map((item, index) => (
              <tr key={item.start.toISOString()} data-testid="plan-day">
                <th scope="row" className="px-4 py-2 text-left font-normal text-stone-800">
                  {index === 0 ? "Today" : day.format(item.start)}
                </th>
                <td className="px-4 py-2 text-right font-medium" data-testid="plan-reviews">
                  {item.reviews}
                </td>
                <td className="px-4 py-2 text-right">{item.newCards}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
      {rest.length > 0 && (
        <p className="text-sm text-stone-600">
          Then {rest.length} more days, {Math.round(rest.reduce((sum, item) => sum + item.reviews, 0) / rest.length)}{" "}
          reviews a day on average.
        </p>
      )}
    </section>
  );
}
