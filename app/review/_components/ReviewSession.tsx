"use client";

import Link from "next/link";
import { useCallback, useEffect, useReducer, useState } from "react";
import { cardsLeft, currentCard, initialSession, LEARN_AHEAD_MS, sessionReducer } from "@/lib/review/session";
import type { ReviewCardView } from "@/lib/review/types";
import { Button } from "@/app/_components/ui/Button";
import { Notice } from "@/app/_components/ui/Notice";
import { useReviewOutbox } from "./useReviewOutbox";
import { CardFace } from "./CardFace";
import { CardActions } from "./CardActions";
import { SessionSummary } from "./SessionSummary";

const GRADE_BUTTONS = [
  { rating: 1, label: "Again", tone: "border-rose-200 bg-rose-50 text-rose-800 hover:bg-rose-100" },
  { rating: 2, label: "Hard", tone: "border-amber-200 bg-amber-50 text-amber-800 hover:bg-amber-100" },
  { rating: 3, label: "Good", tone: "border-emerald-200 bg-emerald-50 text-emerald-800 hover:bg-emerald-100" },
  { rating: 4, label: "Easy", tone: "border-sky-200 bg-sky-50 text-sky-800 hover:bg-sky-100" },
] as const;

/** `queueUrl` reloads the same session (all decks, one deck, one topic or one claim) after a conflict. */
export function ReviewSession({ initialCards, queueUrl }: { initialCards: ReviewCardView[]; queueUrl: string }) {
  const [session, dispatch] = useReducer(sessionReducer, initialCards, (cards) => initialSession(cards, Date.now()));
  const [notice, setNotice] = useState<string | null>(null);

  const reloadQueue = useCallback(
    async (message: string) => {
      setNotice(message);
      const response = await fetch(queueUrl);
      if (response.ok) {
        const queue = (await response.json()) as { cards: ReviewCardView[] };
        dispatch({ type: "replaceQueue", cards: queue.cards, now: Date.now() });
      }
    },
    [queueUrl],
  );

  const outbox = useReviewOutbox({
    onSaved: (cardId, version, card) => dispatch({ type: "saved", cardId, version, card }),
    onUndone: (clientReviewId, card) => dispatch({ type: "saved", cardId: card.cardId, version: card.version, card }),
    onConflict: (message) => {
      outbox.forgetVersions();
      void reloadQueue(message);
    },
    onRejected: (message) => setNotice(message),
  });

  const card = currentCard(session);

  const grade = useCallback(
    (rating: 1 | 2 | 3 | 4) => {
      if (!card || !session.revealed) return;
      const now = Date.now();
      const clientReviewId = crypto.randomUUID();
      const comesBack = Date.parse(card.previewDue[rating]) - now < LEARN_AHEAD_MS;
      dispatch({ type: "grade", rating, clientReviewId, now });
      outbox.enqueue({
        kind: "grade",
        clientReviewId,
        cardId: card.cardId,
        rating,
        durationMs: Math.max(0, now - session.shownAt),
        fallbackVersion: card.version,
        wantCard: comesBack,
      });
    },
    [card, session.revealed, session.shownAt, outbox],
  );

  const undo = useCallback(() => {
    const last = session.history[session.history.length - 1];
    if (!last) return;
    dispatch({ type: "undone", clientReviewId: last.clientReviewId, card: last.card, now: Date.now() });
    if (!outbox.cancelUnsent(last.clientReviewId))
      outbox.enqueue({ kind: "undo", clientReviewId: last.clientReviewId });
    setNotice("Last review undone.");
  }, [session.history, outbox]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if ((event.key === " " || event.key === "Enter") && !session.revealed) {
        event.preventDefault();
        dispatch({ type: "reveal" });
      } else if (["1", "2", "3", "4"].includes(event.key) && session.revealed) {
        event.preventDefault();
        grade(Number(event.key) as 1 | 2 | 3 | 4);
      } else if (event.key === "z" || event.key === "Z") {
        event.preventDefault();
        undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [session.revealed, grade, undo]);

  const left = cardsLeft(session);
  const total = session.reviews + left;
  const progress = total === 0 ? 100 : Math.round((session.reviews / total) * 100);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <div className="flex items-center justify-between text-sm text-stone-600">
          <span data-testid="cards-left">
            {left} {left === 1 ? "card" : "cards"} left today
          </span>
          <span className="flex items-center gap-3">
            {outbox.offline && (
              <span role="status" data-testid="review-offline" className="text-amber-700">
                Offline: {outbox.pendingCount} {outbox.pendingCount === 1 ? "grade is" : "grades are"} kept here and
                saved when the server is back
              </span>
            )}
            {!outbox.offline && outbox.pendingCount > 0 && <span className="text-stone-400">Saving…</span>}
            <span>{session.reviews} reviewed</span>
          </span>
        </div>
        <div
          className="h-2 overflow-hidden rounded-full bg-stone-200"
          role="progressbar"
          aria-valuenow={progress}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div
            className="h-full rounded-full bg-accent transition-all duration-300"
            style={{ width: `${progress}%` }}
          />
        </div>
      </div>

      <Notice tone="info" onDismiss={() => setNotice(null)}>
        {notice}
      </Notice>

      {card ? (
        <>
          <CardFace card={card} revealed={session.revealed} />
          {session.revealed ? (
            <div className="grid grid-cols-4 gap-3">
              {GRADE_BUTTONS.map((button) => (
                <button
                  key={button.rating}
                  type="button"
                  onClick={() => grade(button.rating)}
                  className={`rounded-lg border px-3 py-3 text-center font-medium transition ${button.tone}`}
                >
                  <span className="block">{button.label}</span>
                  <span className="block text-xs font-normal opacity-75" data-testid={`interval-${button.rating}`}>
                    {card.previewLabels[button.rating]}
                  </span>
                  <kbd className="mt-1 inline-block">{button.rating}</kbd>
                </button>
              ))}
            </div>
          ) : (
            <Button size="lg" onClick={() => dispatch({ type: "reveal" })} className="w-full">
              Show answer <kbd className="ml-2 border-white/30 bg-white/15 text-accent-fg">Space</kbd>
            </Button>
          )}
          <div className="flex justify-between text-xs text-stone-500">
            <span>
              <kbd>Space</kbd> reveal · <kbd>1</kbd>–<kbd>4</kbd> grade · <kbd>Z</kbd> undo
            </span>
            <button
              type="button"
              onClick={undo}
              disabled={session.history.length === 0}
              className="hover:text-stone-800 disabled:opacity-40"
            >
              Undo
            </button>
          </div>
        </>
      ) : (
        <SessionSummary
          reviews={session.reviews}
          byRating={session.byRating}
          timeMs={session.timeMs}
          canUndo={session.history.length > 0}
          onUndo={undo}
        />
      )}
      <CardActions card={card} dispatch={dispatch} />
      <p className="text-center text-xs text-stone-400">
        <Link href="/" className="hover:text-stone-600">
          Home
        </Link>
      </p>
    </div>
  );
}
