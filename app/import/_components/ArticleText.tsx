import type { GeneratedCard } from "@/lib/generator/types";

interface Span {
  start: number;
  end: number;
  keys: string[];
}

function sourceSpans(cards: GeneratedCard[]): Span[] {
  const byRange = new Map<string, Span>();
  for (const card of cards) {
    const id = `${card.source.start}:${card.source.end}`;
    const span = byRange.get(id) ?? { start: card.source.start, end: card.source.end, keys: [] };
    span.keys.push(card.key);
    byRange.set(id, span);
  }
  const sorted = [...byRange.values()].sort((a, b) => a.start - b.start);
  return sorted.filter((span, index) => index === 0 || span.start >= sorted[index - 1].end);
}

/** The cleaned article with every card's source sentence marked. Text only: uploaded HTML stays inert. */
export function ArticleText({
  text,
  cards,
  activeKey,
}: {
  text: string;
  cards: GeneratedCard[];
  activeKey: string | null;
}) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of sourceSpans(cards)) {
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    const active = activeKey !== null && span.keys.includes(activeKey);
    parts.push(
      <mark
        key={span.start}
        id={`source-${span.start}`}
        data-testid="source-highlight"
        className={`rounded px-0.5 ${active ? "bg-amber-300 text-stone-900" : "bg-amber-100 text-stone-800"}`}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return (
    <div className="whitespace-pre-wrap font-serif text-sm leading-relaxed text-stone-700" data-testid="article-text">
      {parts}
    </div>
  );
}
