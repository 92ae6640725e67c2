import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { loadExamReadiness } from "@/lib/db/exams/readiness";
import { findOpenPracticeTest } from "@/lib/db/practice/tests";
import { AppError } from "@/lib/errors";
import { countdown, formatExamDate } from "@/lib/exams/local-time";
import { buttonClass } from "@/app/_components/ui/Button";
import { ExamActions } from "../_components/ExamActions";
import { PlanTable } from "../_components/PlanTable";
import { ReadinessPanel } from "../_components/ReadinessPanel";
import { budgetText, percent } from "../_components/format";

export const metadata = { title: "Exam" };
export const dynamic = "force-dynamic";

export default async function ExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/exams/${encodeURIComponent(id)}`);
  const db = getDb();
  const now = new Date();
  await enrollUserInDecks(db, user.id);
  const view = await loadExamReadiness(db, user.id, id, now).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const open = await findOpenPracticeTest(db, user.id, view.exam.id);
  const { exam } = view;
  const labels = new Set(exam.coverage.map((item) => item.topicLabel));
  const topicLabel = labels.size === 1 ? [...labels][0] : "topic";
  const upcoming = exam.examAt > now;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/exams" className="text-accent hover:underline">
            Exams
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="exam-name">
          {exam.name}
        </h1>
        <p className="text-stone-700">
          {formatExamDate(exam.examAt, exam.timeZone)} ({exam.timeZone}) ·{" "}
          <span className="font-semibold text-stone-900" data-testid="exam-countdown">
            {upcoming ? `in ${countdown(now, exam.examAt)}` : "finished"}
          </span>
        </p>
        <p className="text-sm text-stone-600">
          Covers{" "}
          {exam.coverage
            .map((item) =>
              item.topics ? `${item.topics.map((t) => t.name).join(", ")} (${item.deckTitle})` : item.deckTitle,
            )
            .join("; ")}{" "}
          · target {percent(exam.targetRecall)} · {budgetText(exam.budget)}
        </p>
        {upcoming && (
          <Link href={`/review?exam=${exam.id}`} className={buttonClass({ className: "mt-2" })}>
            Study for {exam.name}
          </Link>
        )}
      </div>
      <ReadinessPanel view={view} topicLabel={topicLabel} />
      {upcoming && <PlanTable plan={view.plan} timeZone={exam.timeZone} />}
      <ExamActions
        examId={exam.id}
        cardCount={view.readiness.cardCount}
        openTest={open ? { id: open.id, questions: open._count.questions } : null}
      />
    </div>
  );
}
