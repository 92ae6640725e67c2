import type { ReviewCardView } from "@/lib/review/types";

const TYPE_LABELS: Record<string, string> = {
  CLOZE: "Fill the gap",
  QUESTION: "Question",
  MULTIPLE_CHOICE: "Multiple choice",
  TOPIC: "Which topic?",
  REFERENCE: "Which reference?",
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function CardFace({ card, revealed }: { card: ReviewCardView; revealed: boolean }) {
  // The topic label would give the answer away on cards that ask for the topic term itself.
  const topicIsAnswer = card.answer.toLowerCase().includes(card.topic.toLowerCase());
  const showTopic = revealed || !topicIsAnswer;
  return (
    <article
      className="rounded-2xl border border-stone-200 bg-white shadow-sm"
      data-testid="review-card"
      data-card-id={card.cardId}
    >
      <header className="flex items-center gap-2 border-b border-stone-100 px-6 py-3 text-xs">
        <span
          className={`rounded-full px-2.5 py-1 font-medium ${
            showTopic ? "bg-accent-soft text-accent-ink" : "bg-stone-100 text-stone-400"
          }`}
          data-testid="card-topic"
        >
          {showTopic ? card.topic : `${capitalised(card.topicLabel)} shown with the answer`}
        </span>
        <span className="text-stone-500">
          {card.type === "TOPIC" ? `Which ${card.topicLabel}?` : (TYPE_LABELS[card.type] ?? card.type)}
        </span>
        {card.isNew && (
          <span className="ml-auto rounded-full bg-emerald-50 px-2 py-0.5 font-medium text-emerald-700">New</span>
        )}
      </header>
      <div className="space-y-5 px-6 py-6">
        <p className="font-serif text-xl leading-relaxed text-stone-900" data-testid="card-prompt">
          {card.prompt}
        </p>
        {card.options.length > 0 && (
          <ol className="grid gap-2 sm:grid-cols-2">
            {card.options.map((option, index) => {
              const correct = revealed && option === card.answer;
              return (
                <li
                  key={option}
                  className={`rounded-lg border px-3 py-2 text-sm ${correct ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-stone-200 text-stone-700"}`}
                >
                  <span className="mr-2 font-mono text-stone-400">{String.fromCharCode(65 + index)}</span>
                  {option}
                </li>
              );
            })}
          </ol>
        )}
        {revealed && (
          <div className="space-y-4 border-t border-stone-100 pt-5" data-testid="card-answer">
            <p className="text-lg font-semibold text-emerald-800">{card.answer}</p>
            <blockquote className="border-l-4 border-accent-line pl-4 text-sm leading-relaxed text-stone-600">
              {card.sourceSentence}
              <footer className="mt-1 text-xs text-stone-400">
                {card.sourceSection} · {card.deckTitle}
              </footer>
            </blockquote>
            {card.references.length > 0 && (
              <ul className="space-y-1 text-xs text-stone-500">
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
