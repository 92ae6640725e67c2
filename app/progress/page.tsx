import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { listStudyableDecks } from "@/lib/db/decks";
import { loadProgressDashboard } from "@/lib/db/progress/load";
import { DeckPicker } from "./_components/DeckPicker";
import { ProgressView } from "./_components/ProgressView";
import { capitalised } from "./_components/format";

export const metadata = { title: "Progress" };
export const dynamic = "force-dynamic";

export default async function ProgressPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const { deck: deckParam } = await searchParams;
  const user = await requireUser(deckParam ? `/progress?deck=${encodeURIComponent(deckParam)}` : "/progress");
  const db = getDb();
  const now = new Date();
  await enrollUserInDecks(db, user.id);
  const decks = await listStudyableDecks(db, user.id, now);
  const selected = decks.find((deck) => deck.id === deckParam) ?? decks[0];
  const dashboard = selected ? await loadProgressDashboard(db, user.id, selected.id, now) : null;
  if (!selected || !dashboard) {
    return (
      <p className="text-stone-600">
        You have no decks yet.{" "}
        <Link href="/import" className="text-accent underline underline-offset-2 hover:no-underline">
          Import an article
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">
            Progress · <span data-testid="progress-deck">{dashboard.deck.title}</span>
          </h1>
          <p className="text-stone-600">
            Mastery per {dashboard.deck.topicLabel}, from each card&apos;s FSRS memory state.
            {dashboard.deck.topicLabel !== "topic" &&
              ` ${capitalised(dashboard.deck.topicLabel)}s are this deck's topics.`}
          </p>
        </div>
        <DeckPicker decks={decks} current={selected.id} />
        {deckParam && deckParam !== selected.id && (
          <p className="text-sm text-rose-700">That deck is not one of yours; showing {selected.title}.</p>
        )}
      </header>
      <ProgressView dashboard={dashboard} />
    </div>
  );
}
