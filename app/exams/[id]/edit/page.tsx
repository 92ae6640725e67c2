import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listDeckChoices } from "@/lib/db/exams/deck-choices";
import { findExam } from "@/lib/db/exams/exams";
import { instantToLocalInput } from "@/lib/exams/local-time";
import { AppError } from "@/lib/errors";
import { ExamForm } from "../../_components/ExamForm";
import { zoneChoices } from "../../_components/zones";

export const metadata = { title: "Edit exam" };
export const dynamic = "force-dynamic";

export default async function EditExamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/exams/${encodeURIComponent(id)}/edit`);
  const db = getDb();
  const exam = await findExam(db, user.id, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const decks = await listDeckChoices(db, user.id);
  const coverage = Object.fromEntries(
    exam.coverage.map((item) => [
      item.deckId,
      { whole: item.topics === null, topicIds: item.topics?.map((topic) => topic.id) ?? [] },
    ]),
  );
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Edit {exam.name}</h1>
      <ExamForm
        decks={decks}
        timeZones={zoneChoices(exam.timeZone)}
        examId={exam.id}
        initial={{
          name: exam.name,
          examAt: instantToLocalInput(exam.examAt, exam.timeZone),
          timeZone: exam.timeZone,
          targetPercent: Math.round(exam.targetRecall * 100),
          budgetUnit: exam.budget.unit,
          budgetPerDay: exam.budget.perDay,
          coverage,
        }}
      />
    </div>
  );
}
