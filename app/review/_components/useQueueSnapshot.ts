"use client";

import { useEffect, useRef, type Dispatch } from "react";
import { queueAfterWaitingGrades, type OutboxOperation } from "@/lib/offline/outbox";
import { OfflineStore, snapshotKey } from "@/lib/offline/store";
import type { SessionAction, SessionState } from "@/lib/review/session";

/**
 * Keeps today's queue on the device and picks it up again. A page older than the kept queue (the
 * service worker's copy, opened offline) continues from the kept queue; a fresher page starts from
 * the server's queue, less the cards whose grades still wait.
 */
export function useQueueSnapshot(options: {
  userId: string;
  queueUrl: string;
  renderedAt: number;
  session: SessionState;
  restored: OutboxOperation[] | null;
  dispatch: Dispatch<SessionAction>;
}) {
  const { userId, queueUrl, renderedAt, session, restored, dispatch } = options;
  const ready = useRef(false);
  const basedOn = useRef(renderedAt);
  const initialQueue = useRef(session.queue);

  useEffect(() => {
    if (!restored || ready.current) return;
    let cancelled = false;
    void OfflineStore.shared()
      .then((store) => store.snapshot(userId, queueUrl))
      .catch(() => undefined)
      .then((kept) => {
        if (cancelled) return;
        // The kept queue is newer than this page: it continues from this very page, or was saved after it was rendered.
        if (kept && (kept.renderedAt >= renderedAt || kept.savedAt > renderedAt)) {
          basedOn.current = kept.renderedAt;
          dispatch({ type: "restore", queue: kept.queue, learning: kept.learning, now: Date.now() });
        } else if (restored.length > 0) {
          dispatch({
            type: "restore",
            queue: queueAfterWaitingGrades(initialQueue.current, restored),
            learning: [],
            now: Date.now(),
          });
        }
        ready.current = true;
      });
    return () => {
      cancelled = true;
    };
  }, [restored, userId, queueUrl, renderedAt, dispatch]);

  useEffect(() => {
    if (!ready.current) return;
    void OfflineStore.shared()
      .then((store) =>
        store.saveSnapshot({
          key: snapshotKey(userId, queueUrl),
          userId,
          renderedAt: basedOn.current,
          savedAt: Date.now(),
          queue: session.queue,
          learning: session.learning,
        }),
      )
      .catch(() => undefined);
  }, [session.queue, session.learning, userId, queueUrl]);
}
