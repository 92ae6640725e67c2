import type { ProgressDashboard } from "@/lib/progress/dashboard";
import type { PassRate } from "@/lib/progress/retention";
import { percent, plural, rate } from "./format";
import { ScrollFrame } from "@/app/_components/ui/ScrollFrame";

function Stat(props: { label: string; value: string; detail: string; testId: string }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm" data-testid={props.testId}>
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{props.label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums">{props.value}</dd>
      <dd className="text-xs text-stone-500">{props.detail}</dd>
    </div>
  );
}

const cell = (pass: PassRate) => (pass.total === 0 ? "—" : `${rate(pass.rate)} (${pass.passed}/${pass.total})`);

/** The deck at a glance, and Anki's true-retention table. */
const RETENTION_COLUMNS = ["Period", "Young (interval < 21 d)", "Mature", "All"];

export function Overview({ dashboard }: { dashboard: ProgressDashboard }) {
  const { overall, retention, activity } = dashboard;
  return (
    <section className="space-y-3" aria-label="Overview">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Stat
          label="Recall now"
          value={percent(overall.recallNow)}
          detail="mean over all cards"
          testId="overall-recall"
        />
        <Stat
          label="Estimated knowledge"
          value={`about ${Math.round(overall.estimatedKnowledge)}`}
          detail={`of ${plural(overall.cards, "card")}`}
          testId="overall-knowledge"
        />
        <Stat
          label="Coverage"
          value={percent(overall.coverage)}
          detail={`${overall.studied} studied`}
          testId="overall-coverage"
        />
        <Stat
          label="Mastered"
          value={`${overall.mastered}`}
          detail={`of ${plural(overall.cards, "card")}`}
          testId="overall-mastered"
        />
        <Stat
          label="Streak"
          value={plural(activity.currentStreak, "day")}
          detail="study days in a row"
          testId="overall-streak"
        />
      </dl>
      <ScrollFrame label="True retention table">
        <table className="w-full text-sm" data-testid="retention-table">
          <caption className="px-4 pt-3 text-left font-semibold text-stone-900">
            True retention <span className="font-normal text-stone-500">· first review of each day, Again = fail</span>
          </caption>
          <thead className="text-xs text-stone-500">
            <tr>
              {RETENTION_COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-4 py-2 text-left font-medium">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 tabular-nums">
            {retention.map((window) => (
              <tr key={window.days}>
                <th scope="row" className="px-4 py-2 text-left font-normal text-stone-600">
                  Last {window.days} days
                </th>
                <td className="px-4 py-2">{cell(window.young)}</td>
                <td className="px-4 py-2">{cell(window.mature)}</td>
                <td className="px-4 py-2 font-medium">{cell(window.all)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}
