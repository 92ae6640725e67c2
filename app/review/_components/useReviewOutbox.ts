"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewCardView } from "@/lib/review/types";
import { operationKey, orderAfter, retryDelay, type OutboxOperation, type StoredOperation } from "@/lib/offline/outbox";
import { OfflineStore } from "@/lib/offline/store";
import { readApiError } from "@/app/_components/api";

interface OutboxHandlers {
  onSaved: (cardId: string, version: number, card?: ReviewCardView) => void;
  onUndone: (clientReviewId: string, card: ReviewCardView) => void;
  /** 409: a grade whose card moved on elsewhere, or an undo of a review that is no longer the card's latest. */
  onConflict: (message: string, kind: OutboxOperation["kind"]) => void;
  onRejected: (message: string) => void;
}

/** The device answers why a grade waits: no network, or a session that needs signing in again. */
export type OutboxWait = "offline" | "signed-out" | null;

/**
 * Saves grades in the background, in order, so the next card never waits for the server. Each
 * operation is written to IndexedDB before it is sent and removed once the server has answered,
 * so closing the tab or losing the network loses nothing; retries reuse the clientReviewId, which
 * the server deduplicates. Without IndexedDB (a private window on some browsers) it works in memory.
 */
export function useReviewOutbox(userId: string, handlers: OutboxHandlers) {
  const pending = useRef<StoredOperation[]>([]);
  const inFlight = useRef<StoredOperation | null>(null);
  const knownVersions = useRef(new Map<string, number>());
  const running = useRef(false);
  /** Nothing is sent before the earlier visit's operations are read: they go first. */
  const loaded = useRef(false);
  const lastOrder = useRef(0);
  const wake = useRef<() => void>(() => {});
  const store = useRef<Promise<OfflineStore | null> | null>(null);
  const handlersRef = useRef(handlers);
  const [pendingCount, setPendingCount] = useState(0);
  const [waiting, setWaiting] = useState<OutboxWait>(null);
  /** The operations a previous visit left waiting, once read (null until then). */
  const [restored, setRestored] = useState<OutboxOperation[] | null>(null);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  const openStore = useCallback(() => {
    store.current ??= OfflineStore.shared().catch(() => null);
    return store.current;
  }, []);

  const persist = useCallback(
    (action: (offline: OfflineStore) => Promise<void>) =>
      void openStore().then((offline) => (offline ? action(offline) : undefined)),
    [openStore],
  );

  const send = useCallback(async (operation: OutboxOperation): Promise<Response> => {
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

  const pause = (attempt: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, retryDelay(attempt));
      wake.current = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const drain = useCallback(async () => {
    if (running.current || !loaded.current) return;
    running.current = true;
    let attempt = 0;
    while (pending.current.length > 0) {
      const stored = pending.current[0];
      const { operation } = stored;
      inFlight.current = stored;
      let response: Response | null = null;
      // A browser that knows it is offline is not asked: the "online" event wakes the outbox.
      if (navigator.onLine !== false) {
        try {
          response = await send(operation);
        } catch {
          response = null;
        }
      }
      if (!response || response.status >= 500 || response.status === 401) {
        // Kept for later: no network, a server outage, or a session that has to be renewed first.
        setWaiting(response?.status === 401 ? "signed-out" : "offline");
        await pause(attempt++);
        continue;
      }
      attempt = 0;
      setWaiting(null);
      pending.current.shift();
      inFlight.current = null;
      setPendingCount(pending.current.length);
      persist((offline) => offline.remove(stored.key));
      if (!response.ok) {
        const { message } = await readApiError(response);
        if (response.status === 409) handlersRef.current.onConflict(message, operation.kind);
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
  }, [send, persist]);

  // A previous visit's waiting operations go first, before anything this page adds.
  useEffect(() => {
    let cancelled = false;
    void openStore().then(async (offline) => {
      const earlier = offline ? await offline.pending(userId).catch(() => []) : [];
      if (cancelled) return;
      const known = new Set(pending.current.map((stored) => stored.key));
      pending.current = [...earlier.filter((stored) => !known.has(stored.key)), ...pending.current];
      lastOrder.current = Math.max(lastOrder.current, ...earlier.map((stored) => stored.order));
      setPendingCount(pending.current.length);
      setRestored(earlier.map((stored) => stored.operation));
      loaded.current = true;
      void drain();
    });
    return () => {
      cancelled = true;
    };
  }, [userId, openStore, drain]);

  useEffect(() => {
    const retryNow = () => wake.current();
    window.addEventListener("online", retryNow);
    return () => window.removeEventListener("online", retryNow);
  }, []);

  const enqueue = useCallback(
    (operation: OutboxOperation) => {
      lastOrder.current = orderAfter(lastOrder.current, Date.now());
      const stored: StoredOperation = { key: operationKey(operation), userId, order: lastOrder.current, operation };
      pending.current.push(stored);
      setPendingCount(pending.current.length);
      persist((offline) => offline.add(stored));
      void drain();
    },
    [drain, persist, userId],
  );

  /** Cancels a grade that has not left the browser yet; returns false once it has been sent. */
  const cancelUnsent = useCallback(
    (clientReviewId: string) => {
      const index = pending.current.findIndex(
        ({ operation }) => operation.kind === "grade" && operation.clientReviewId === clientReviewId,
      );
      if (index < 0 || pending.current[index] === inFlight.current) return false;
      const [removed] = pending.current.splice(index, 1);
      setPendingCount(pending.current.length);
      persist((offline) => offline.remove(removed.key));
      return true;
    },
    [persist],
  );

  const forgetVersions = useCallback(() => knownVersions.current.clear(), []);

  /** The operations not yet answered, oldest first. */
  const pendingOperations = useCallback(() => pending.current.map((stored) => stored.operation), []);

  return { enqueue, cancelUnsent, forgetVersions, pendingOperations, pendingCount, waiting, restored };
}
