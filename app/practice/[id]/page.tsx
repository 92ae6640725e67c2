import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadPracticeTest } from "@/lib/db/practice/tests";
import { AppError } from "@/lib/errors";
import { PracticeRunner } from "../_components/PracticeRunner";

export const metadata = { title: "Practice test" };
export const dynamic = "force-dynamic";

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/practice/${encodeURIComponent(id)}`);
  const test = await loadPracticeTest(getDb(), user.id, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  if (test.status === "submitted") redirect(`/practice/${test.id}/results`);
  if (test.status === "abandoned") redirect(`/exams/${test.exam.id}`);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Practice test: {test.exam.name}</h1>
      <PracticeRunner test={test} />
    </div>
  );
}
