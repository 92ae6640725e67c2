import { requireUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { loadReviewQueue } from "@/lib/db/reviews";
import { ReviewSession } from "./_components/ReviewSession";

export const metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const prisma = getPrisma();
  // Picks up cards added to shared decks since the user last studied.
  await enrollUserInDecks(prisma, user.id);
  const queue = await loadReviewQueue(prisma, user.id, new Date());
  return (
    <div className="space-y-4">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Today&apos;s review</h1>
        <p className="text-sm text-stone-500" data-testid="queue-counts">
          {queue.dueCount} due · {queue.newCount} new
        </p>
      </div>
      <ReviewSession initialCards={queue.cards} />
    </div>
  );
}
