import Link from "next/link";
import type { DeckSummary } from "@/lib/db/decks";

/** One link per deck the student studies; the current one is marked. */
export function DeckPicker({ decks, current }: { decks: DeckSummary[]; current: string }) {
  if (decks.length < 2) return null;
  return (
    <nav aria-label="Decks" className="flex flex-wrap gap-2">
      {decks.map((deck) => (
        <Link
          key={deck.id}
          href={`/progress?deck=${deck.id}`}
          aria-current={deck.id === current ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${
            deck.id === current
              ? "border-accent bg-accent-soft text-accent-ink"
              : "border-stone-300 text-stone-600 hover:bg-white"
          }`}
        >
          {deck.title}
        </Link>
      ))}
    </nav>
  );
}
