import type { RefObject } from "react";
import type { ReviewCardView } from "@/lib/review/types";

const TYPE_LABELS: Record<string, string> = {
  CLOZE: "Fill the gap",
  QUESTION: "Question",
  MULTIPLE_CHOICE: "Multiple choice",
  TOPIC: "Which topic?",
  REFERENCE: "Which reference?",
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * One card, read in order: the prompt, then (revealed) the answer and its source. Tapping the card
 * reveals it; the Show answer button below does the same for keyboards and screen readers.
 */
export function CardFace({
  card,
  revealed,
  onReveal,
  promptRef,
  answerRef,
}: {
  card: ReviewCardView;
  revealed: boolean;
  onReveal?: () => void;
  promptRef?: RefObject<HTMLDivElement | null>;
  answerRef?: RefObject<HTMLDivElement | null>;
}) {
  // The topic label would give the answer away on cards that ask for the topic term itself.
  const topicIsAnswer = card.answer.toLowerCase().includes(card.topic.toLowerCase());
  const showTopic = revealed || !topicIsAnswer;
  return (
    <article
      className={`rounded-2xl border border-stone-200 bg-white shadow-sm ${revealed ? "" : "cursor-pointer"}`}
      data-testid="review-card"
      data-card-id={card.cardId}
      aria-label="Card"
      onClick={revealed ? undefined : onReveal}
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-stone-100 px-4 py-3 text-xs sm:px-6">
        <span
          className={`rounded-full px-2.5 py-1 font-medium ${
            showTopic ? "bg-accent-soft text-accent-ink" : "bg-stone-100 text-stone-600"
          }`}
          data-testid="card-topic"
        >
          {showTopic ? card.topic : `${capitalised(card.topicLabel)} shown with the answer`}
        </span>
        <span className="text-stone-600">
          {card.type === "TOPIC" ? `Which ${card.topicLabel}?` : (TYPE_LABELS[card.type] ?? card.type)}
        </span>
        {card.isNew && (
          <span className="ml-auto rounded-full bg-emerald-50 px-2 py-0.5 font-medium text-emerald-800">New</span>
        )}
      </header>
      <div className="space-y-5 px-4 py-5 sm:px-6 sm:py-6">
        <div ref={promptRef} tabIndex={-1} className="rounded-sm">
          <p className="font-serif text-xl leading-relaxed break-words text-stone-900" data-testid="card-prompt">
            {card.prompt}
          </p>
        </div>
        {card.options.length > 0 && (
          <ol className="grid gap-2 sm:grid-cols-2">
            {card.options.map((option, index) => {
              const correct = revealed && option === card.answer;
              return (
                <li
                  key={option}
                  className={`rounded-lg border px-3 py-2 text-sm ${correct ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-stone-200 text-stone-700"}`}
                >
                  <span className="mr-2 font-mono text-stone-600">{String.fromCharCode(65 + index)}</span>
                  {option}
                </li>
              );
            })}
          </ol>
        )}
        {revealed && (
          <div
            ref={answerRef}
            tabIndex={-1}
            className="space-y-4 rounded-sm border-t border-stone-100 pt-5"
            data-testid="card-answer"
          >
            <h2 className="sr-only">Answer</h2>
            <p className="text-lg font-semibold text-emerald-800">{card.answer}</p>
            <blockquote className="border-l-4 border-accent-line pl-4 text-sm leading-relaxed break-words text-stone-700">
              {card.sourceSentence}
              <footer className="mt-1 text-xs text-stone-600">
                {card.sourceSection} · {card.deckTitle}
              </footer>
            </blockquote>
            {card.references.length > 0 && (
              <ul className="space-y-1 text-xs break-words text-stone-600">
                {card.references.map((ref) => (
                  <li key={ref.number}>
                    [{ref.number}] {ref.authors ? `${ref.authors.split(",")[0]} et al. ` : ""}“{ref.title}”
                    {ref.year ? ` (${ref.year})` : ""}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </article>
  );
}
