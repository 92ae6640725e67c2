"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Field, SelectField, TimeZoneField } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import type { DeckChoice } from "@/lib/db/exams/deck-choices";
import { MAX_EXAM_NAME_LENGTH } from "@/lib/limits";
import { CoveragePicker, type CoverageChoice } from "./CoveragePicker";

export interface ExamFormValues {
  name: string;
  examAt: string;
  timeZone: string;
  targetPercent: number;
  budgetUnit: "reviews" | "minutes";
  budgetPerDay: number;
  coverage: CoverageChoice;
}

/** Creates an exam (POST) or edits one (`examId`, PUT); on success goes to the exam's page. */
export function ExamForm({
  decks,
  timeZones,
  initial,
  examId,
}: {
  decks: DeckChoice[];
  timeZones: string[];
  initial: ExamFormValues;
  examId?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [coverage, setCoverage] = useState<CoverageChoice>(initial.coverage);
  const errorId = useId();
  const errorFor = (field: string) =>
    error?.field === field || error?.field?.startsWith(`${field}.`) ? errorId : null;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const body = {
      name: String(form.get("name")),
      examAt: String(form.get("examAt")),
      timeZone: String(form.get("timeZone")),
      targetRecall: Number(form.get("targetPercent")) / 100,
      budget: { unit: String(form.get("budgetUnit")), perDay: Number(form.get("budgetPerDay")) },
      coverage: Object.entries(coverage)
        .filter(([, choice]) => choice.whole || choice.topicIds.length > 0)
        .map(([deckId, choice]) => ({ deckId, topicIds: choice.whole ? [] : choice.topicIds })),
    };
    const response = await sendJson(examId ? `/api/exams/${examId}` : "/api/exams", body, examId ? "PUT" : "POST");
    if (response.ok) {
      const { exam } = (await response.json()) as { exam: { id: string } };
      router.push(`/exams/${exam.id}`);
      return;
    }
    setError(await readApiError(response));
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm" noValidate>
      <Field
        label="Exam name"
        name="name"
        required
        maxLength={MAX_EXAM_NAME_LENGTH}
        defaultValue={initial.name}
        errorId={errorFor("name")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label="Date and time"
          name="examAt"
          type="datetime-local"
          required
          defaultValue={initial.examAt}
          errorId={errorFor("examAt")}
        />
        <TimeZoneField timeZones={timeZones} defaultValue={initial.timeZone} errorId={errorFor("timeZone")} />
      </div>
      <Field
        label="Target recall (%)"
        name="targetPercent"
        type="number"
        min={50}
        max={99}
        defaultValue={initial.targetPercent}
        hint="The share of the covered cards you want to recall on the day."
        errorId={errorFor("targetRecall")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label="Daily study budget"
          name="budgetPerDay"
          type="number"
          min={1}
          defaultValue={initial.budgetPerDay}
          errorId={errorFor("budget")}
        />
        <SelectField label="Budget unit" name="budgetUnit" defaultValue={initial.budgetUnit}>
          <option value="reviews">reviews a day</option>
          <option value="minutes">minutes a day</option>
        </SelectField>
      </div>
      <CoveragePicker decks={decks} value={coverage} onChange={setCoverage} invalid={errorFor("coverage") !== null} />
      <Notice tone="error" id={errorId} testId="exam-form-error">
        {error?.message}
      </Notice>
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : examId ? "Save changes" : "Create exam"}
      </Button>
    </form>
  );
}
