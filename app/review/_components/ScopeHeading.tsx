import Link from "next/link";
import type { ReviewScope } from "@/lib/db/review/scope";

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** What this session is limited to: a deck, one of its topics ("mechanism"), or one claim. */
export function ScopeHeading({ scope }: { scope: ReviewScope }) {
  const { deck, topic, claim } = scope;
  if (scope.refused) {
    const what =
      scope.refused === "deck" ? "That deck is not one of yours" : `That ${scope.refused} is not in your decks`;
    return <p className="text-sm text-rose-700">{what}; showing all decks.</p>;
  }
  if (!deck) return null;
  const links = (
    <>
      {" · "}
      <Link href="/review" className="text-accent underline underline-offset-2 hover:no-underline">
        all decks
      </Link>
      {" · "}
      <Link href={`/progress?deck=${deck.id}`} className="text-accent underline underline-offset-2 hover:no-underline">
        progress
      </Link>
    </>
  );
  if (claim && topic) {
    return (
      <div className="text-sm text-stone-500" data-testid="review-scope">
        <p>
          Claim in {capitalised(deck.topicLabel)} <span className="font-medium text-stone-800">{topic.name}</span>
          {links}
        </p>
        <p className="mt-1 text-stone-700">{claim.text}</p>
      </div>
    );
  }
  if (topic) {
    return (
      <p className="text-sm text-stone-500" data-testid="review-scope">
        {capitalised(deck.topicLabel)}: <span className="font-medium text-stone-800">{topic.name}</span> · {deck.title}
        {links}
      </p>
    );
  }
  return (
    <p className="text-sm text-stone-500" data-testid="review-deck">
      {deck.title}
      {links}
    </p>
  );
}
