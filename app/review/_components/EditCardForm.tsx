"use client";

import { useId, useState, type FormEvent } from "react";
import type { ReviewCardView } from "@/lib/review/types";
import { MAX_CARD_ANSWER_LENGTH, MAX_CARD_PROMPT_LENGTH } from "@/lib/limits";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import { TextAreaField } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { formKeyHandler } from "./useFormKeys";
import { CardFormActions } from "./CardFormActions";

export interface SavedEdit {
  prompt: string;
  answer: string;
  edited: boolean;
}

/** The current card's prompt and answer, editable in place; opened focused on the prompt. */
export function EditCardForm({
  card,
  onSaved,
  onCancel,
}: {
  card: ReviewCardView;
  onSaved: (edit: SavedEdit) => void;
  onCancel: () => void;
}) {
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();

  async function save() {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const response = await sendJson("/api/cards/edit", { cardId: card.cardId, prompt, answer });
      if (!response.ok) return setError(await readApiError(response));
      onSaved((await response.json()) as SavedEdit);
    } catch {
      setError({ message: "The edit could not be saved: the server is out of reach. Try again." });
    } finally {
      setSaving(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const fieldError = (field: string) => (error && (error.field === field || !error.field) ? errorId : null);

  return (
    <form
      onSubmit={submit}
      onKeyDown={formKeyHandler(() => void save(), onCancel)}
      aria-label="Edit this card"
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      data-testid="edit-card-form"
    >
      <TextAreaField
        label="Prompt"
        value={prompt}
        onChange={(event) => setPrompt(event.target.value)}
        maxLength={MAX_CARD_PROMPT_LENGTH}
        rows={3}
        autoFocus
        errorId={fieldError("prompt")}
        hint={card.prompt.includes("_____") ? "Keep the gap (_____) where the answer goes." : undefined}
      />
      <TextAreaField
        label="Answer"
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        maxLength={MAX_CARD_ANSWER_LENGTH}
        rows={2}
        errorId={fieldError("answer")}
      />
      <Notice tone="error" id={errorId}>
        {error?.message}
      </Notice>
      <p className="text-xs text-stone-600">
        Only you see your version; your schedule and reviews of this card stay as they are.
      </p>
      <CardFormActions label="Save edit" saving={saving} onCancel={onCancel} />
    </form>
  );
}
