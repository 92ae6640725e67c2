"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import type { PracticeQuestionView } from "@/lib/db/practice/tests";

/** One question: a typed answer for a cloze, one option to choose otherwise. */
export function QuestionForm({
  question,
  examId,
  busy,
  onAnswer,
}: {
  question: PracticeQuestionView;
  examId: string;
  busy: boolean;
  onAnswer: (questionId: string, answer: string) => void;
}) {
  const [choice, setChoice] = useState("");
  const promptId = useId();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get("answer") ?? "");
    onAnswer(question.id, question.format === "cloze" ? typed : choice);
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm"
      data-testid="practice-question"
      data-format={question.format}
      data-question-id={question.id}
    >
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600">
        Question {question.position + 1} ·{" "}
        {question.format === "cloze" ? "type the missing words" : "choose one answer"}
      </p>
      <p id={promptId} className="break-words text-lg text-stone-900">
        {question.prompt}
      </p>
      {question.format === "cloze" ? (
        <Field label="Your answer" name="answer" autoComplete="off" autoFocus />
      ) : (
        <fieldset className="space-y-2" aria-labelledby={promptId}>
          {question.options.map((option) => (
            <label
              key={option}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-200 px-3 py-2 hover:bg-stone-50"
            >
              <input
                type="radio"
                name="choice"
                value={option}
                checked={choice === option}
                onChange={() => setChoice(option)}
                className="mt-1"
              />
              <span className="min-w-0 break-words">{option}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          Save answer
        </Button>
        <Link href={`/exams/${examId}`} className="self-center text-sm text-accent hover:underline">
          Leave and resume later
        </Link>
      </div>
    </form>
  );
}
