import Link from "next/link";
import type { ExamListItem } from "@/lib/db/exams/dashboard";
import { countdown, formatExamDate } from "@/lib/exams/local-time";
import { percent } from "./format";

export function ExamList({ items, now }: { items: ExamListItem[]; now: Date }) {
  return (
    <ul
      className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm"
      data-testid="exam-list"
    >
      {items.map(({ exam, predictedScore, belowTarget, cardCount }) => (
        <li key={exam.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3">
          <div className="min-w-48 flex-1">
            <Link href={`/exams/${exam.id}`} className="font-medium text-stone-900 hover:text-accent-hover">
              {exam.name}
            </Link>
            <p className="text-xs text-stone-600">
              {formatExamDate(exam.examAt, exam.timeZone)} ·{" "}
              {exam.examAt > now ? `in ${countdown(now, exam.examAt)}` : "finished"}
            </p>
          </div>
          <span className="text-sm text-stone-700">
            <span className="font-semibold text-stone-900">{percent(predictedScore)}</span> predicted · {belowTarget} of{" "}
            {cardCount} below target
          </span>
        </li>
      ))}
    </ul>
  );
}
