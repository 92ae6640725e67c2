import type { OutboxWait } from "./useReviewOutbox";

/** How the device's waiting reviews stand: nothing shows while they are saved in the background. */
export function SyncBadge({ waiting, pendingCount }: { waiting: OutboxWait; pendingCount: number }) {
  const reviews = `${pendingCount} ${pendingCount === 1 ? "review" : "reviews"}`;
  if (waiting === "offline") {
    return (
      <span
        data-testid="review-offline"
        className="rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900"
      >
        offline: {reviews} waiting
      </span>
    );
  }
  if (waiting === "signed-out") {
    return (
      <a
        href="/signin?callbackUrl=%2Freview"
        data-testid="review-signed-out"
        className="rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900 underline"
      >
        Sign in to save {reviews}
      </a>
    );
  }
  return pendingCount > 0 ? <span className="text-xs text-stone-600">Saving…</span> : null;
}

/** What the polite live region says about the outbox. */
export function syncAnnouncement(waiting: OutboxWait, pendingCount: number): string {
  const reviews = `${pendingCount} ${pendingCount === 1 ? "review" : "reviews"}`;
  if (waiting === "offline") return `Offline: ${reviews} waiting, kept on this device.`;
  if (waiting === "signed-out") return `Sign in again to save ${reviews}.`;
  return "";
}
