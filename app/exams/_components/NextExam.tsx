import Link from "next/link";
import type { ExamReadinessView } from "@/lib/db/exams/readiness";
import { countdown } from "@/lib/exams/local-time";
import { buttonClass } from "@/app/_components/ui/Button";
import { budgetSentence } from "@/lib/exams/advice";
import { percent } from "./format";

/** The dashboard's view of the soonest exam: countdown, scores, today's plan and the weakest topics. */
export function NextExam({ view, now }: { view: ExamReadinessView; now: Date }) {
  const { exam, readiness, plan } = view;
  const weakest = [...readiness.topics].sort((a, b) => a.predictedScore - b.predictedScore).slice(0, 3);
  const label = exam.coverage.length === 1 ? exam.coverage[0].topicLabel : "topic";
  return (
    <section className="space-y-3" data-testid="next-exam" aria-labelledby="next-exam-heading">
      <div className="flex items-baseline justify-between">
        <h2 id="next-exam-heading" className="text-lg font-semibold">
          Next exam
        </h2>
        <Link href="/exams" className="text-sm text-accent hover:underline">
          All exams
        </Link>
      </div>
      <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
        <p>
          <Link href={`/exams/${exam.id}`} className="font-medium text-stone-900 hover:text-accent-hover">
            {exam.name}
          </Link>{" "}
          <span className="text-stone-700">in {countdown(now, exam.examAt)}</span>
        </p>
        <p className="text-sm text-stone-700">
          <span className="font-semibold text-stone-900">{percent(readiness.predictedScore)}</span> predicted now ·{" "}
          <span className="font-semibold text-stone-900">{readiness.belowTarget}</span> of {readiness.cardCount} cards
          below target · <span className="font-semibold text-stone-900">{percent(plan.projectedScore)}</span> with the
          plan · today&apos;s plan: <span className="font-semibold text-stone-900">{plan.days[0]?.reviews ?? 0}</span>{" "}
          reviews
        </p>
        {weakest.length > 0 && (
          <p className="text-sm text-stone-700">
            Weakest {label}s:{" "}
            {weakest.map((topic) => `${view.topicNames[topic.topicId]} ${percent(topic.predictedScore)}`).join(" · ")}
          </p>
        )}
        <p className="text-sm text-stone-700">{budgetSentence(exam, plan)}</p>
        <Link href={`/review?exam=${exam.id}`} className={buttonClass({ variant: "secondary", size: "sm" })}>
          Study for {exam.name}
        </Link>
      </div>
    </section>
  );
}
