import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadDeckCare, type CardNeedingCare } from "@/lib/db/cards/flags";
import { flagReasonLabel } from "@/lib/cards/flag-reasons";
import { isSafeText } from "@/lib/text-safety";
import { MAX_CARD_ID_LENGTH } from "@/lib/limits";
import { buttonClass } from "@/app/_components/ui/Button";
import { CardCareButtons } from "./_components/CardCareButtons";

export const metadata = { title: "Flagged and suspended cards" };
export const dynamic = "force-dynamic";

const TYPE_LABELS: Record<string, string> = {
  CLOZE: "Fill the gap",
  QUESTION: "Question",
  MULTIPLE_CHOICE: "Multiple choice",
  TOPIC: "Which topic?",
  REFERENCE: "Which reference?",
};

const CHIP = "rounded-full px-2 py-0.5 text-xs font-medium";

function CardRow({ card }: { card: CardNeedingCare }) {
  return (
    <li className="space-y-3 px-5 py-4" data-testid="care-card" data-card-id={card.cardId}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <span>{TYPE_LABELS[card.type] ?? card.type}</span>
        <span>· {card.topic}</span>
        {card.flag && (
          <span className={`${CHIP} bg-rose-50 text-rose-800`}>Flagged: {flagReasonLabel(card.flag.reason)}</span>
        )}
        {card.suspended && <span className={`${CHIP} bg-amber-50 text-amber-900`}>Suspended</span>}
        {card.edit && <span className={`${CHIP} bg-accent-soft text-accent-ink`}>Edited</span>}
        {card.retired && <span className={`${CHIP} bg-stone-100 text-stone-700`}>No longer generated</span>}
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-stone-600">{card.edit ? "Generated" : "Prompt"}</dt>
        <dd className="text-stone-900">{card.prompt}</dd>
        <dt className="text-stone-600">Answer</dt>
        <dd className="text-stone-900">{card.answer}</dd>
        {card.options.length > 0 && (
          <>
            <dt className="text-stone-600">Options</dt>
            <dd className="text-stone-900">{card.options.join(" · ")}</dd>
          </>
        )}
        {card.edit && (
          <>
            <dt className="text-stone-600">Your version</dt>
            <dd className="text-stone-900" data-testid="care-edit">
              {card.edit.prompt} → <strong>{card.edit.answer}</strong>{" "}
              <span className="text-xs text-stone-600">
                ({card.edit.edits} {card.edit.edits === 1 ? "edit" : "edits"})
              </span>
            </dd>
          </>
        )}
        {card.flag?.note && (
          <>
            <dt className="text-stone-600">Your note</dt>
            <dd className="text-stone-900">{card.flag.note}</dd>
          </>
        )}
        <dt className="text-stone-600">Source</dt>
        <dd className="text-stone-700">
          {card.sourceSentence} <span className="text-xs text-stone-600">({card.sourceSection})</span>
        </dd>
      </dl>
      <CardCareButtons cardId={card.cardId} suspended={card.suspended} flagged={card.flag !== null} />
    </li>
  );
}

/** /flags?deck=<id>: a deck's cards the student flagged, suspended or edited, with the way back and the export. */
export default async function DeckFlagsPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const { deck } = await searchParams;
  const deckId = typeof deck === "string" && deck.length <= MAX_CARD_ID_LENGTH && isSafeText(deck) ? deck : null;
  const user = await requireUser(deckId ? `/flags?deck=${encodeURIComponent(deckId)}` : "/");
  const care = deckId ? await loadDeckCare(getDb(), user.id, deckId) : null;
  if (!care) notFound();
  const flagged = care.cards.filter((card) => card.flag).length;
  const suspended = care.cards.filter((card) => card.suspended).length;
  const query = `?deck=${encodeURIComponent(care.deck.id)}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Flagged and suspended cards</h1>
        <p className="text-stone-600">
          {care.deck.title} ·{" "}
          <span data-testid="care-counts">
            {flagged} flagged · {suspended} suspended
          </span>
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/flags${query}`} download className={buttonClass({ variant: "secondary", size: "sm" })}>
            Export flags (JSON)
          </a>
          <Link href={`/review${query}`} className={buttonClass({ variant: "secondary", size: "sm" })}>
            Study this deck
          </Link>
        </div>
      </div>
      {care.cards.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white px-5 py-6 text-stone-600">
          Nothing here yet. While you review, press <kbd>F</kbd> to flag a bad card, <kbd>S</kbd> to suspend one and{" "}
          <kbd>E</kbd> to edit one; they are listed here.
        </p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm">
          {care.cards.map((card) => (
            <CardRow key={card.cardId} card={card} />
          ))}
        </ul>
      )}
    </div>
  );
}
