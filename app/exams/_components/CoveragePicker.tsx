"use client";

import type { DeckChoice } from "@/lib/db/exams/deck-choices";

/** Per deck: the whole deck, or the topics ticked. */
export type CoverageChoice = Record<string, { whole: boolean; topicIds: string[] }>;

/** What the exam covers: whole decks, or some topics ("mechanisms") of a deck. */
export function CoveragePicker({
  decks,
  value,
  onChange,
  invalid,
}: {
  decks: DeckChoice[];
  value: CoverageChoice;
  onChange: (value: CoverageChoice) => void;
  invalid: boolean;
}) {
  const choiceOf = (deckId: string) => value[deckId] ?? { whole: false, topicIds: [] };
  const set = (deckId: string, choice: { whole: boolean; topicIds: string[] }) =>
    onChange({ ...value, [deckId]: choice });

  return (
    <div className="space-y-4 text-sm">
      <p className="font-medium text-stone-700">What it covers</p>
      {decks.map((deck) => {
        const choice = choiceOf(deck.id);
        return (
          <fieldset
            key={deck.id}
            className={`rounded-lg border p-4 ${invalid ? "border-rose-400" : "border-stone-200"}`}
            data-testid="coverage-deck"
          >
            <legend className="px-1 font-medium text-stone-900">{deck.title}</legend>
            <label className="flex items-center gap-2 py-1">
              <input
                type="checkbox"
                checked={choice.whole}
                onChange={(event) => set(deck.id, { ...choice, whole: event.target.checked })}
              />
              The whole deck
            </label>
            {deck.topics.length > 1 && (
              <div className="mt-2 border-t border-stone-100 pt-2">
                <p className="text-xs text-stone-600">Or only some {deck.topicLabel}s:</p>
                <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
                  {deck.topics.map((topic) => (
                    <label key={topic.id} className="flex items-start gap-2 py-1">
                      <input
                        type="checkbox"
                        className="mt-0.5"
                        disabled={choice.whole}
                        checked={!choice.whole && choice.topicIds.includes(topic.id)}
                        onChange={(event) =>
                          set(deck.id, {
                            whole: false,
                            topicIds: event.target.checked
                              ? [...choice.topicIds, topic.id]
                              : choice.topicIds.filter((id) => id !== topic.id),
                          })
                        }
                      />
                      <span className="min-w-0 break-words">{topic.name}</span>
                    </label>
                  ))}
                </div>
              </div>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
