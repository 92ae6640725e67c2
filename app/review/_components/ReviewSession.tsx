"use client";

import Link from "next/link";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { cardsLeft, currentCard, initialSession, LEARN_AHEAD_MS, sessionReducer } from "@/lib/review/session";
import { gradeOnDevice } from "@/lib/review/device-grade";
import { expectedVersionFor } from "@/lib/offline/outbox";
import type { SchedulerSettings } from "@/lib/scheduling/fsrs";
import type { ReviewCardView } from "@/lib/review/types";
import { Notice } from "@/app/_components/ui/Notice";
import { useReviewOutbox } from "./useReviewOutbox";
import { useQueueSnapshot } from "./useQueueSnapshot";
import { CardFace } from "./CardFace";
import { CardActions } from "./CardActions";
import { GradeBar } from "./GradeBar";
import { SessionSummary } from "./SessionSummary";
import { SyncBadge, syncAnnouncement } from "./SyncBadge";

const GRADE_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

const CONFLICT_MESSAGE =
  "One of your reviews was for a card already graded on another device or tab meanwhile. That grade stands; " +
  "yours was not applied twice, and the queue now shows the card as it is.";

/**
 * `queueUrl` reloads the same session (all decks, one deck, one topic or one claim) after a conflict;
 * `scheduler` lets a grade that cannot reach the server be scheduled on the device; `renderedAt`
 * tells a fresh page from the offline copy the service worker kept.
 */
export function ReviewSession({
  initialCards,
  queueUrl,
  userId,
  scheduler,
  renderedAt,
}: {
  initialCards: ReviewCardView[];
  queueUrl: string;
  userId: string;
  scheduler: SchedulerSettings;
  renderedAt: number;
}) {
  const [session, dispatch] = useReducer(sessionReducer, initialCards, (cards) => initialSession(cards, Date.now()));
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const answerRef = useRef<HTMLDivElement>(null);
  const promptRef = useRef<HTMLDivElement>(null);

  const reloadQueue = useCallback(
    async (message: string) => {
      setNotice(message);
      const response = await fetch(queueUrl).catch(() => null);
      if (response?.ok) {
        const queue = (await response.json()) as { cards: ReviewCardView[] };
        dispatch({ type: "replaceQueue", cards: queue.cards, now: Date.now() });
      }
    },
    [queueUrl],
  );

  const outbox = useReviewOutbox(userId, {
    onSaved: (cardId, version, card) => dispatch({ type: "saved", cardId, version, card }),
    onUndone: (clientReviewId, card) => dispatch({ type: "saved", cardId: card.cardId, version: card.version, card }),
    onConflict: (message, kind) => {
      outbox.forgetVersions();
      void reloadQueue(kind === "grade" ? CONFLICT_MESSAGE : message);
    },
    onRejected: (message) => setNotice(message),
  });
  useQueueSnapshot({ userId, queueUrl, renderedAt, session, restored: outbox.restored, dispatch });

  const card = currentCard(session);

  const reveal = useCallback(() => {
    dispatch({ type: "reveal" });
    // The answer is read next by a screen reader; the grades follow it in order.
    requestAnimationFrame(() => answerRef.current?.focus({ preventScroll: true }));
  }, []);

  const grade = useCallback(
    (rating: 1 | 2 | 3 | 4) => {
      if (!card || !session.revealed) return;
      const now = Date.now();
      const clientReviewId = crypto.randomUUID();
      const comesBack = Date.parse(card.previewDue[rating]) - now < LEARN_AHEAD_MS;
      const after = comesBack ? gradeOnDevice(card, rating, scheduler, new Date(now)) : undefined;
      const fallbackVersion = expectedVersionFor(outbox.pendingOperations(), card.cardId, card.version);
      dispatch({ type: "grade", rating, clientReviewId, now, after });
      outbox.enqueue({
        kind: "grade",
        clientReviewId,
        cardId: card.cardId,
        rating,
        durationMs: Math.max(0, now - session.shownAt),
        fallbackVersion,
        wantCard: comesBack,
      });
      setAnnouncement(`Graded ${GRADE_NAMES[rating]}, due again in ${card.previewLabels[rating]}.`);
      requestAnimationFrame(() => promptRef.current?.focus({ preventScroll: true }));
    },
    [card, session.revealed, session.shownAt, outbox, scheduler],
  );

  const undo = useCallback(() => {
    const last = session.history[session.history.length - 1];
    if (!last) return;
    dispatch({ type: "undone", clientReviewId: last.clientReviewId, card: last.card, now: Date.now() });
    if (!outbox.cancelUnsent(last.clientReviewId))
      outbox.enqueue({ kind: "undo", clientReviewId: last.clientReviewId });
    setNotice("Last review undone.");
    setAnnouncement("Last review undone.");
  }, [session.history, outbox]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      // Enter on a focused link or button does what that control says, not "reveal".
      if (target && ["BUTTON", "A"].includes(target.tagName) && event.key === "Enter") return;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if ((event.key === " " || event.key === "Enter") && !session.revealed) {
        event.preventDefault();
        reveal();
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
  }, [session.revealed, grade, undo, reveal]);

  const left = cardsLeft(session);
  const total = session.reviews + left;
  const progress = total === 0 ? 100 : Math.round((session.reviews / total) * 100);
  const syncState = syncAnnouncement(outbox.waiting, outbox.pendingCount);

  return (
    <div className="mx-auto max-w-3xl space-y-4 sm:space-y-6">
      <div className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm text-stone-600">
          <span data-testid="cards-left">
            {left} {left === 1 ? "card" : "cards"} left today
          </span>
          <span className="flex items-center gap-3">
            <SyncBadge waiting={outbox.waiting} pendingCount={outbox.pendingCount} />
            <span>{session.reviews} reviewed</span>
          </span>
        </div>
        <div
          className="h-2 overflow-hidden rounded-full bg-stone-200"
          role="progressbar"
          aria-label="Today's review progress"
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

      {/* Grades, undos and the device's saving state are announced here, politely. */}
      <p className="sr-only" role="status" aria-live="polite" data-testid="review-announcer">
        {announcement} {syncState}
      </p>

      <Notice tone="info" onDismiss={() => setNotice(null)}>
        {notice}
      </Notice>

      {card ? (
        <>
          <CardFace
            card={card}
            revealed={session.revealed}
            onReveal={reveal}
            promptRef={promptRef}
            answerRef={answerRef}
          />
          <GradeBar card={card} revealed={session.revealed} onReveal={reveal} onGrade={grade} />
          <div className="hidden justify-between text-xs text-stone-600 sm:flex">
            <span>
              <kbd>Space</kbd> reveal · <kbd>1</kbd>–<kbd>4</kbd> grade · <kbd>Z</kbd> undo
            </span>
            <button
              type="button"
              onClick={undo}
              disabled={session.history.length === 0}
              className="text-stone-700 underline-offset-2 hover:underline disabled:text-stone-500 disabled:no-underline"
            >
              Undo
            </button>
          </div>
          {session.history.length > 0 && (
            <button
              type="button"
              onClick={undo}
              className="min-h-11 w-full text-sm text-stone-700 underline underline-offset-2 sm:hidden"
            >
              Undo last grade
            </button>
          )}
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
      <p className="text-center text-xs">
        <Link href="/" className="text-stone-600 underline-offset-2 hover:underline">
          Home
        </Link>
      </p>
    </div>
  );
}
