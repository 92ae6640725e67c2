import type { ExamReadinessView } from "@/lib/db/exams/readiness";
import { budgetSentence } from "@/lib/exams/advice";
import { capitalised, percent, plural } from "./format";
import { ScrollFrame } from "@/app/_components/ui/ScrollFrame";

function Stat({
  label,
  value,
  raw,
  testId,
  note,
}: {
  label: string;
  value: string;
  raw: number;
  testId: string;
  note?: string;
}) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-stone-900" data-testid={testId} data-value={raw}>
        {value}
      </p>
      {note && <p className="mt-1 text-xs text-stone-600">{note}</p>}
    </div>
  );
}

export function ReadinessPanel({ view, topicLabel }: { view: ExamReadinessView; topicLabel: string }) {
  const { exam, readiness, plan } = view;
  return (
    <section className="space-y-4" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading" className="text-lg font-semibold">
        Readiness
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat
          label="Predicted score now"
          value={percent(readiness.predictedScore)}
          raw={readiness.predictedScore}
          testId="readiness-score"
          note={`Mean recall at exam time over ${plural(readiness.cardCount, "card")}, if you stopped studying today.`}
        />
        <Stat
          label="Below target at exam time"
          value={`${readiness.belowTarget} of ${readiness.cardCount}`}
          raw={readiness.belowTarget}
          testId="readiness-below"
          note={`Cards predicted under ${percent(exam.targetRecall)}.`}
        />
        <Stat
          label="Projected with the plan"
          value={percent(plan.projectedScore)}
          raw={plan.projectedScore}
          testId="readiness-projected"
          note="If you do each day's reviews below."
        />
      </div>
      <p
        className={`rounded-md border px-3 py-2 text-sm ${plan.reachesTarget ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-amber-200 bg-amber-50 text-amber-900"}`}
        data-testid="budget-sentence"
      >
        {budgetSentence(exam, plan)}
      </p>
      {view.sharedWithEarlier > 0 && (
        <p className="text-sm text-stone-600">
          {plural(view.sharedWithEarlier, "card")} of this exam {view.sharedWithEarlier === 1 ? "is" : "are"} also
          covered by an earlier exam and planned there first.
        </p>
      )}
      <ScrollFrame label={`Predicted score per ${topicLabel}`}>
        <table className="w-full text-sm" data-testid="topic-readiness">
          <caption className="sr-only">Predicted score per {topicLabel}</caption>
          <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th scope="col" className="px-4 py-2">
                {capitalised(topicLabel)}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Cards
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Predicted
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Below target
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {[...readiness.topics]
              .sort((a, b) => a.predictedScore - b.predictedScore)
              .map((topic) => (
                <tr key={topic.topicId} data-testid="topic-readiness-row">
                  <th scope="row" className="px-4 py-2 text-left font-medium text-stone-900">
                    {view.topicNames[topic.topicId] ?? topic.topicId}
                  </th>
                  <td className="px-4 py-2 text-right">{topic.cardCount}</td>
                  <td className="px-4 py-2 text-right" data-value={topic.predictedScore}>
                    {percent(topic.predictedScore)}
                  </td>
                  <td className="px-4 py-2 text-right">{topic.belowTarget}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollFrame>
    </section>
  );
}
