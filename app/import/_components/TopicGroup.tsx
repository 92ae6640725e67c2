import type { GeneratedCard, GeneratedTopic } from "@/lib/generator/types";

const TYPE_LABELS: Record<string, string> = {
  CLOZE: "Cloze",
  QUESTION: "Question",
  MULTIPLE_CHOICE: "Multiple choice",
  TOPIC: "Topic",
  REFERENCE: "Reference",
};

/** One topic of the draft: its editable name and its cards, each with a box to keep or drop it. */
export function TopicGroup(props: {
  topic: GeneratedTopic;
  name: string;
  onRename: (name: string) => void;
  cards: GeneratedCard[];
  excluded: Set<string>;
  activeKey: string | null;
  onToggle: (card: GeneratedCard) => void;
  onHover: (card: GeneratedCard) => void;
  onShowSource: (card: GeneratedCard) => void;
}) {
  const { topic, cards, excluded, activeKey } = props;
  return (
    <div className="rounded-2xl border border-stone-200 bg-white shadow-sm" data-testid="topic-group">
      <div className="border-b border-stone-100 px-4 py-3">
        <label className="flex items-center gap-2 text-sm">
          <span className="text-xs uppercase tracking-wide text-stone-500">Topic</span>
          <input
            aria-label={`Name of topic ${topic.name}`}
            value={props.name}
            onChange={(event) => props.onRename(event.target.value)}
            className={
              "min-w-0 flex-1 rounded border border-transparent px-2 py-1 font-semibold text-stone-900 " +
              "hover:border-stone-200 focus:border-accent focus:outline-none"
            }
          />
          <span className="shrink-0 text-xs text-stone-500">{cards.length} cards</span>
        </label>
      </div>
      <ul className="divide-y divide-stone-100">
        {cards.map((card) => (
          <li
            key={card.key}
            className={[
              "flex gap-3 px-4 py-3 text-sm",
              excluded.has(card.key) ? "opacity-50" : "",
              activeKey === card.key ? "bg-amber-50" : "",
            ].join(" ")}
            onMouseEnter={() => props.onHover(card)}
            data-testid="preview-card"
          >
            <input
              type="checkbox"
              checked={!excluded.has(card.key)}
              onChange={() => props.onToggle(card)}
              aria-label={`Keep card: ${card.prompt}`}
              className="mt-1 h-4 w-4 accent-accent"
            />
            <button type="button" onClick={() => props.onShowSource(card)} className="flex-1 space-y-1 text-left">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">
                {TYPE_LABELS[card.type]}
              </span>
              <span className="text-stone-900">{card.prompt}</span>
              {card.options && (
                <span className="block text-xs text-stone-500">Options: {card.options.join(" · ")}</span>
              )}
              <span className="block text-emerald-700">→ {card.answer}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
