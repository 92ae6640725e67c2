"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { readApiError, sendJson } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Notice } from "@/app/_components/ui/Notice";
import type { PracticeTestView } from "@/lib/db/practice/tests";
import { QuestionForm } from "./QuestionForm";

const clockText = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

const currentTime = () => Date.now();

/**
 * One question at a time; each answer is saved as it is given, so the test can be left and resumed.
 * The clock counts time spent on questions and submits the test when it runs out.
 */
export function PracticeRunner({ test }: { test: PracticeTestView }) {
  const router = useRouter();
  const [given, setGiven] = useState<Record<string, string>>(() =>
    Object.fromEntries(test.questions.filter((q) => q.given !== null).map((q) => [q.id, q.given!])),
  );
  const [elapsed, setElapsed] = useState(test.elapsedMs);
  const [clock, setClock] = useState<{ now: number; shownAt: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef({ elapsed, busy, submitted: false });

  const current = test.questions.find((question) => given[question.id] === undefined);
  const answered = Object.keys(given).length;
  const onQuestion = clock ? clock.now - clock.shownAt : 0;
  const remaining = test.timeLimitMs - elapsed - (current ? onQuestion : 0);

  const submit = useCallback(async () => {
    latest.current.submitted = true;
    setBusy(true);
    const response = await fetch(`/api/practice/${test.id}/submit`, { method: "POST" });
    if (response.ok) return router.push(`/practice/${test.id}/results`);
    latest.current.submitted = false;
    setError((await readApiError(response)).message);
    setBusy(false);
  }, [router, test.id]);

  useEffect(() => {
    latest.current = { ...latest.current, elapsed, busy };
  });

  useEffect(() => {
    const tick = () => {
      const now = currentTime();
      setClock((value) => ({ now, shownAt: value?.shownAt ?? now }));
      const shownAt = clock?.shownAt ?? now;
      const left = test.timeLimitMs - latest.current.elapsed - (now - shownAt);
      if (left <= 0 && !latest.current.busy && !latest.current.submitted) void submit();
    };
    const timer = window.setInterval(tick, 1000);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [clock?.shownAt, submit, test.timeLimitMs]);

  async function answer(questionId: string, text: string) {
    if (!text.trim()) return setError("Give an answer first (or submit the test as it is).");
    setBusy(true);
    setError(null);
    const now = currentTime();
    const durationMs = Math.max(0, now - (clock?.shownAt ?? now));
    const response = await sendJson(`/api/practice/${test.id}/answers`, { questionId, answer: text, durationMs });
    setBusy(false);
    if (!response.ok) return setError((await readApiError(response)).message);
    setElapsed((value) => value + durationMs);
    setGiven((value) => ({ ...value, [questionId]: text }));
    setClock({ now: currentTime(), shownAt: currentTime() });
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-stone-700">
        <span data-testid="practice-progress">
          {answered} of {test.questions.length} answered
        </span>
        <span className="font-mono text-base font-semibold text-stone-900" data-testid="practice-timer">
          {clockText(remaining)} left
        </span>
      </div>
      <Notice tone="error" testId="practice-error">
        {error}
      </Notice>
      {current ? (
        <QuestionForm key={current.id} question={current} examId={test.exam.id} busy={busy} onAnswer={answer} />
      ) : (
        <p className="rounded-2xl border border-stone-200 bg-white p-6 text-stone-800 shadow-sm">
          All questions answered. Submit to see your score.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant={current ? "secondary" : "primary"}
          onClick={submit}
          disabled={busy}
          data-testid="practice-submit"
        >
          {current ? "Submit now" : "Submit test"}
        </Button>
        {current && (
          <span className="text-sm text-stone-600">
            {test.questions.length - answered} unanswered {test.questions.length - answered === 1 ? "counts" : "count"}{" "}
            as wrong
          </span>
        )}
      </div>
    </div>
  );
}
