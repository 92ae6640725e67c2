"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewCardView } from "@/lib/review/types";
import { readApiError } from "@/app/_components/api";

type Operation =
  | {
      kind: "grade";
      clientReviewId: string;
      cardId: string;
      rating: number;
      durationMs: number;
      fallbackVersion: number;
      wantCard: boolean;
    }
  | { kind: "undo"; clientReviewId: string };

interface OutboxHandlers {
  onSaved: (cardId: string, version: number, card?: ReviewCardView) => void;
  onUndone: (clientReviewId: string, card: ReviewCardView) => void;
  onConflict: (message: string) => void;
  onRejected: (message: string) => void;
}

const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10000];

/**
 * Saves grades in the background, in order, so the next card never waits for
 * the server. Retries reuse the clientReviewId, which the server deduplicates.
 */
export function useReviewOutbox(handlers: OutboxHandlers) {
  const pending = useRef<Operation[]>([]);
  const inFlight = useRef<Operation | null>(null);
  const knownVersions = useRef(new Map<string, number>());
  const running = useRef(false);
  const handlersRef = useRef(handlers);
  const [pendingCount, setPendingCount] = useState(0);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  const send = useCallback(async (operation: Operation): Promise<Response> => {
    if (operation.kind === "undo") {
      return fetch("/api/reviews/undo", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientReviewId: operation.clientReviewId }),
      });
    }
    return fetch("/api/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        cardId: operation.cardId,
        rating: operation.rating,
        clientReviewId: operation.clientReviewId,
        expectedVersion: knownVersions.current.get(operation.cardId) ?? operation.fallbackVersion,
        durationMs: operation.durationMs,
        wantCard: operation.wantCard,
      }),
    });
  }, []);

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let attempt = 0;
    while (pending.current.length > 0) {
      const operation = pending.current[0];
      inFlight.current = operation;
      let response: Response | null = null;
      try {
        response = await send(operation);
      } catch {
        response = null;
      }
      if (!response || response.status >= 500) {
        setOffline(true);
        await new Promise((resolve) =>
          setTimeout(resolve, RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)]),
        );
        continue;
      }
      attempt = 0;
      setOffline(false);
      pending.current.shift();
      inFlight.current = null;
      setPendingCount(pending.current.length);
      if (!response.ok) {
        const { message } = await readApiError(response);
        if (response.status === 409) handlersRef.current.onConflict(message);
        else handlersRef.current.onRejected(message);
        continue;
      }
      const body = await response.json().catch(() => ({}));
      if (operation.kind === "grade") {
        knownVersions.current.set(operation.cardId, body.result.version);
        handlersRef.current.onSaved(operation.cardId, body.result.version, body.card ?? undefined);
      } else {
        knownVersions.current.set(body.card.cardId, body.card.version);
        handlersRef.current.onUndone(operation.clientReviewId, body.card);
      }
    }
    inFlight.current = null;
    running.current = false;
  }, [send]);

  const enqueue = useCallback(
    (operation: Operation) => {
      pending.current.push(operation);
      setPendingCount(pending.current.length);
      void drain();
    },
    [drain],
  );

  /** Cancels a grade that has not left the browser yet; returns false once it has been sent. */
  const cancelUnsent = useCallback((clientReviewId: string) => {
    const index = pending.current.findIndex((op) => op.kind === "grade" && op.clientReviewId === clientReviewId);
    if (index < 0 || pending.current[index] === inFlight.current) return false;
    pending.current.splice(index, 1);
    setPendingCount(pending.current.length);
    return true;
  }, []);

  const forgetVersions = useCallback(() => knownVersions.current.clear(), []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current.length > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { enqueue, cancelUnsent, forgetVersions, pendingCount, offline };
}
