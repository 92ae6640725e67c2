import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { resolveReviewScope, safeScopeParams, scopeQuery, scopeQueueOptions } from "@/lib/db/review/scope";
import { ReviewSession } from "./_components/ReviewSession";
import { ScopeHeading } from "./_components/ScopeHeading";

export const metadata = { title: "Review" };
export const dynamic = "force-dynamic";

/** /review, or one deck (?deck=), one topic (?topic=, "study this mechanism") or one claim (?claim=). */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const params = safeScopeParams(await searchParams);
  const query = scopeQuery(params);
  const user = await requireUser(`/review${query}`);
  const db = getDb();
  // Picks up cards added to shared decks since the user last studied.
  await enrollUserInDecks(db, user.id);
  const scope = await resolveReviewScope(db, user.id, params);
  const queue = await loadReviewQueue(db, user.id, new Date(), scopeQueueOptions(scope));
  const queueUrl = `/api/review/queue${scope.refused ? "" : query}`;
  return (
    <div className="space-y-4">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Today&apos;s review</h1>
          <ScopeHeading scope={scope} />
        </div>
        <p className="shrink-0 text-sm text-stone-500" data-testid="queue-counts">
          {queue.dueCount} due · {queue.newCount} new
        </p>
      </div>
      <ReviewSession initialCards={queue.cards} queueUrl={queueUrl} />
    </div>
  );
}
