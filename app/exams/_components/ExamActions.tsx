"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiError, sendJson } from "@/app/_components/api";
import { Button, buttonClass } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { DEFAULT_PRACTICE_QUESTIONS } from "@/lib/limits";

/** Practice tests (start, resume, abandon), edit and delete for one exam. */
export function ExamActions({
  examId,
  cardCount,
  openTest,
}: {
  examId: string;
  cardCount: number;
  openTest: { id: string; questions: number } | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<Response>, onOk: (response: Response) => Promise<void>) {
    setBusy(true);
    setError(null);
    const response = await work();
    if (response.ok) return onOk(response);
    setError((await readApiError(response)).message);
    setBusy(false);
  }

  function startTest(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const questions = Number(new FormData(event.currentTarget).get("questions"));
    return run(
      () => sendJson(`/api/exams/${examId}/practice`, { questions }),
      async (response) => {
        const { testId } = (await response.json()) as { testId: string };
        router.push(`/practice/${testId}`);
      },
    );
  }

  const abandon = (testId: string) =>
    run(
      () => fetch(`/api/practice/${testId}/abandon`, { method: "POST" }),
      async () => {
        setBusy(false);
        router.refresh();
      },
    );

  const remove = () => {
    if (!window.confirm("Delete this exam? Your reviews stay; its plan and practice tests go.")) return;
    return run(
      () => fetch(`/api/exams/${examId}`, { method: "DELETE" }),
      async () => router.push("/exams"),
    );
  };

  return (
    <section
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm"
      aria-labelledby="practice-heading"
    >
      <h2 id="practice-heading" className="text-lg font-semibold">
        Practice test
      </h2>
      {openTest && (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-accent-line bg-accent-soft px-3 py-2 text-sm">
          <span className="text-accent-ink">You left a {openTest.questions}-question test halfway.</span>
          <Link href={`/practice/${openTest.id}`} className={buttonClass({ size: "sm" })}>
            Resume test
          </Link>
          <Button variant="secondary" size="sm" onClick={() => abandon(openTest.id)} disabled={busy}>
            Abandon it
          </Button>
        </div>
      )}
      <form onSubmit={startTest} className="flex flex-wrap items-end gap-3">
        <div className="w-44">
          <Field
            label="Questions"
            name="questions"
            type="number"
            min={1}
            max={cardCount}
            defaultValue={Math.min(DEFAULT_PRACTICE_QUESTIONS, cardCount)}
            hint={`Up to ${cardCount}, one minute each.`}
          />
        </div>
        <Button type="submit" disabled={busy} className="mb-5">
          Start a practice test
        </Button>
      </form>
      <Notice tone="error" testId="exam-actions-error">
        {error}
      </Notice>
      <div className="flex flex-wrap gap-3 border-t border-stone-100 pt-4">
        <Link href={`/exams/${examId}/edit`} className={buttonClass({ variant: "secondary", size: "sm" })}>
          Edit exam
        </Link>
        <Button variant="secondary" size="sm" onClick={remove} disabled={busy}>
          Delete exam
        </Button>
      </div>
    </section>
  );
}
