import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { listStudyableDecks, type DeckSummary } from "@/lib/db/decks";
import { buttonClass } from "./_components/ui/Button";
import { loadDeckRecall } from "@/lib/db/progress/load";
import { sideBySide } from "@/lib/db/side-by-side";
import { loadNextExam } from "@/lib/db/exams/dashboard";
import { NextExam } from "./exams/_components/NextExam";

export const dynamic = "force-dynamic";

const FEATURES = [
  {
    title: "Claims, not pages",
    text: "Every card comes from a claim in the paper, with the sentence and reference it rests on.",
  },
  {
    title: "FSRS scheduling",
    text: "The FSRS-6 model decides what you review and when, so each minute goes where forgetting is closest.",
  },
  { title: "Keyboard first", text: "Space to reveal, 1–4 to grade, Z to undo. Grading never waits for the network." },
];

type DeckWithRecall = DeckSummary & { recallNow: number };

async function decksFor(userId: string): Promise<DeckWithRecall[]> {
  const db = getDb();
  const now = new Date();
  await enrollUserInDecks(db, userId);
  const [decks, recall] = await sideBySide(
    () => listStudyableDecks(db, userId, now),
    () => loadDeckRecall(db, userId, now),
  );
  return decks.map((deck) => ({ ...deck, recallNow: recall.get(deck.id) ?? 0 }));
}

function YourDecks({ decks }: { decks: DeckWithRecall[] }) {
  return (
    <section className="space-y-3" data-testid="your-decks">
      <div className="flex items-baseline justify-between">
        <h2 className="text-lg font-semibold">Your decks</h2>
        <Link href="/import" className="text-sm text-accent underline underline-offset-2 hover:no-underline">
          Import an article
        </Link>
      </div>
      <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm">
        {decks.map((deck) => (
          <li key={deck.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3">
            <div className="min-w-48 flex-1">
              <Link href={`/review?deck=${deck.id}`} className="font-medium text-stone-900 hover:text-accent-hover">
                {deck.title}
              </Link>
              <p className="text-xs text-stone-500">
                {deck.own ? "Imported by you" : "Starter deck"} · {deck.cards} cards
              </p>
            </div>
            <span className="text-sm text-stone-600">
              <Link
                href={`/progress?deck=${deck.id}`}
                className="hover:text-accent-hover"
                title="Recall now: the mean predicted recall over the deck's cards"
                data-testid="deck-recall"
              >
                <span className="font-semibold text-stone-900">{Math.round(deck.recallNow * 100)}%</span> recall
              </Link>{" "}
              · <span className="font-semibold text-stone-900">{deck.due}</span> due ·{" "}
              <span className="font-semibold text-stone-900">{deck.fresh}</span> new
            </span>
            <Link
              href={`/flags?deck=${encodeURIComponent(deck.id)}`}
              className="text-sm text-stone-600 hover:text-accent-hover"
            >
              Flagged cards
            </Link>
            <Link href={`/review?deck=${deck.id}`} className={buttonClass({ variant: "secondary", size: "sm" })}>
              Study
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function HomePage() {
  const user = await currentUser();
  const decks = user ? await decksFor(user.id) : [];
  const now = new Date();
  const nextExam = user ? await loadNextExam(getDb(), user.id, now) : null;
  return (
    <div className="space-y-14">
      <section className="max-w-2xl space-y-5 pt-6">
        <p className="text-sm font-medium uppercase tracking-widest text-accent">Spaced repetition for papers</p>
        <h1 className="font-serif text-4xl leading-tight text-stone-900 sm:text-5xl">
          Remember what the paper actually claims.
        </h1>
        <p className="text-lg text-stone-600">
          Claimdeck turns a scientific article into flashcards, one claim at a time, and schedules them with FSRS so you
          keep each mechanism for the exam and beyond.
        </p>
        <div className="flex gap-3">
          {user ? (
            <Link href="/review" className={buttonClass({ size: "lg" })}>
              Start today&apos;s review
            </Link>
          ) : (
            <>
              <Link href="/signup" className={buttonClass({ size: "lg" })}>
                Create a free account
              </Link>
              <Link href="/signin" className={buttonClass({ variant: "secondary", size: "lg" })}>
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>
      {nextExam && <NextExam view={nextExam} now={now} />}
      {user && <YourDecks decks={decks} />}
      <section className="grid gap-4 sm:grid-cols-3">
        {FEATURES.map((feature) => (
          <div key={feature.title} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold text-stone-900">{feature.title}</h2>
            <p className="mt-2 text-sm text-stone-600">{feature.text}</p>
          </div>
        ))}
      </section>
      <p className="text-xs text-stone-500">
        The starter deck is built from Schneider L., “Cancer Metastasis: Mechanisms, Challenges, Therapies”, J Cancer
        Sci Ther 17 (2025):705, published under CC BY.
      </p>
    </div>
  );
}
