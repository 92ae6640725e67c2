import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { findStudyableDeck } from "@/lib/db/decks";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { isSafeText } from "@/lib/text-safety";
import { ReviewSession } from "./_components/ReviewSession";

export const metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const { deck: requestedDeck } = await searchParams;
  // A NUL or a broken surrogate cannot name a deck, and would break the query and the URL encoding.
  const deckParam = typeof requestedDeck === "string" && isSafeText(requestedDeck) ? requestedDeck : undefined;
  const user = await requireUser(deckParam ? `/review?deck=${encodeURIComponent(deckParam)}` : "/review");
  const db = getDb();
  // Picks up cards added to shared decks since the user last studied.
  await enrollUserInDecks(db, user.id);
  const deck = deckParam ? await findStudyableDeck(db, user.id, deckParam) : null;
  const queue = await loadReviewQueue(db, user.id, new Date(), { deckId: deck?.id ?? null });
  return (
    <div className="space-y-4">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Today&apos;s review</h1>
          {deck ? (
            <p className="text-sm text-stone-500" data-testid="review-deck">
              {deck.title} ·{" "}
              <Link href="/review" className="text-accent hover:underline">
                all decks
              </Link>
            </p>
          ) : deckParam ? (
            <p className="text-sm text-rose-700">That deck is not one of yours; showing all decks.</p>
          ) : null}
        </div>
        <p className="text-sm text-stone-500" data-testid="queue-counts">
          {queue.dueCount} due · {queue.newCount} new
        </p>
      </div>
      <ReviewSession initialCards={queue.cards} />
    </div>
  );
}
