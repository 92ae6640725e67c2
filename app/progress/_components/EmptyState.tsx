import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/Button";
import { capitalised } from "./format";

/** Before the first review: what the page will show, and where to start. */
export function EmptyState(props: { deckId: string; topicLabel: string; topics: { id: string; name: string }[] }) {
  return (
    <section
      className="space-y-4 rounded-xl border border-dashed border-stone-300 bg-white p-6"
      data-testid="progress-empty"
    >
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">Nothing to measure yet</h2>
        <p className="text-stone-600">
          Once you review cards from this deck, this page shows for each {props.topicLabel} how much you would recall
          right now, how much of it you have covered and mastered, your true retention, a 90-day recall history, the
          reviews coming up, your study calendar and the claims you are closest to forgetting.
        </p>
        <Link href={`/review?deck=${props.deckId}`} className={buttonClass()}>
          Start reviewing this deck
        </Link>
      </div>
      <div>
        <h3 className="text-sm font-medium text-stone-900">Or start with one {props.topicLabel}</h3>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {props.topics.map((topic) => (
            <li key={topic.id}>
              <Link
                href={`/review?topic=${topic.id}`}
                className="block rounded-md border border-stone-200 px-3 py-2 text-sm hover:bg-stone-50"
                data-testid="empty-topic"
                data-topic-name={topic.name}
              >
                <span className="text-stone-500">{capitalised(props.topicLabel)}:</span> {topic.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
