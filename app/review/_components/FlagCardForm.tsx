"use client";

import { useId, useState, type FormEvent } from "react";
import type { ReviewCardView } from "@/lib/review/types";
import { FLAG_REASONS, type FlagReasonCode } from "@/lib/cards/flag-reasons";
import { MAX_FLAG_NOTE_LENGTH } from "@/lib/limits";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import { TextAreaField } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { formKeyHandler } from "./useFormKeys";
import { CardFormActions } from "./CardFormActions";

/** "Flag as bad card": one of the rubric's reasons, in plain words, and an optional note. */
export function FlagCardForm({
  card,
  onSaved,
  onCancel,
}: {
  card: ReviewCardView;
  onSaved: (reason: FlagReasonCode) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState<FlagReasonCode | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();
  const name = useId();

  async function save() {
    if (saving) return;
    if (!reason) return setError({ message: "Choose why the card is bad.", field: "reason" });
    setSaving(true);
    setError(null);
    try {
      const response = await sendJson("/api/cards/flag", { cardId: card.cardId, reason, note }, "PUT");
      if (!response.ok) return setError(await readApiError(response));
      onSaved(reason);
    } catch {
      setError({ message: "The flag could not be saved: the server is out of reach. Try again." });
    } finally {
      setSaving(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={formKeyHandler(() => void save(), onCancel)}
      aria-label="Flag as bad card"
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      data-testid="flag-card-form"
    >
      <fieldset aria-describedby={error?.field === "reason" ? errorId : undefined}>
        <legend className="text-sm font-medium text-stone-700">What is wrong with this card?</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {FLAG_REASONS.map((option, index) => (
            <label
              key={option.code}
              className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-stone-50"
            >
              <input
                type="radio"
                name={name}
                value={option.code}
                checked={reason === option.code}
                onChange={() => setReason(option.code)}
                autoFocus={index === 0}
                className="mt-1 accent-accent"
              />
              <span>
                <span className="block font-medium text-stone-800">{option.label}</span>
                <span className="block text-xs text-stone-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label="Note (optional)"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        maxLength={MAX_FLAG_NOTE_LENGTH}
        rows={2}
        errorId={error?.field === "note" ? errorId : null}
        hint={`Up to ${MAX_FLAG_NOTE_LENGTH} characters.`}
      />
      <Notice tone="error" id={errorId}>
        {error?.message}
      </Notice>
      <CardFormActions label="Flag card" saving={saving} onCancel={onCancel} />
    </form>
  );
}
