import { LABEL_THRESHOLDS } from "@/lib/progress/labels";
import { MATURE_DAYS } from "@/lib/progress/mastery";
import { percent } from "./format";

/** How every figure on the page is defined (the README says the same). */
export function HelpText({ topicLabel, desiredRetention }: { topicLabel: string; desiredRetention: number }) {
  const { masteredShare, strong, familiar } = LABEL_THRESHOLDS;
  return (
    <details
      className="rounded-xl border border-stone-200 bg-white px-4 py-3 text-sm text-stone-700 shadow-sm"
      data-testid="progress-help"
    >
      <summary className="cursor-pointer font-medium text-stone-900">How these numbers are computed</summary>
      <dl className="mt-3 space-y-2">
        <div>
          <dt className="font-medium">Recall now</dt>
          <dd>
            The mean predicted recall (R) over the {topicLabel}&apos;s cards, cards never studied counting 0. R comes
            from each card&apos;s FSRS-6 memory state and the exact time since its last review: R = (1 + F·t/S)^−w20,
            with your own FSRS parameters. Suspended cards are counted apart and left out; retired cards are gone.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Coverage</dt>
          <dd>The share of the cards you have studied at least once.</dd>
        </div>
        <div>
          <dt className="font-medium">Mastered cards</dt>
          <dd>
            Studied cards whose recall is at least your desired retention ({percent(desiredRetention)}) and whose
            stability is {MATURE_DAYS} days or more.
          </dd>
        </div>
        <div>
          <dt className="font-medium">True retention</dt>
          <dd>
            The pass rate (Again is a fail) of the first review of each study day of cards in the review state, over the
            last 7, 30 and 365 days, for young cards (interval under {MATURE_DAYS} days) and mature ones, as Anki counts
            it.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Estimated knowledge</dt>
          <dd>The sum of recall over the studied cards: how many of the cards you would recall right now.</dd>
        </div>
        <div>
          <dt className="font-medium">Labels</dt>
          <dd>
            <em>not started</em>: no card studied; <em>learning</em>: recall now under {percent(familiar)};{" "}
            <em>familiar</em>: {percent(familiar)} or more; <em>strong</em>: {percent(strong)} or more;{" "}
            <em>mastered</em>: {percent(masteredShare)} of the cards mastered and recall now {percent(strong)} or more.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Days</dt>
          <dd>
            Study days, the calendar and “last studied” follow your time zone and the hour your day starts (Settings).
          </dd>
        </div>
      </dl>
    </details>
  );
}
