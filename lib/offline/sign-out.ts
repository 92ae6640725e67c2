import { PAGES_CACHE } from "./caches";
import { OfflineStore } from "./store";

/**
 * Sign-out leaves nothing of the student's reviews on the device: the pages the service worker kept
 * (they show the student's queue and email) and the outbox and queue snapshots in IndexedDB.
 */
export async function forgetOfflineData(): Promise<void> {
  const store = await OfflineStore.shared().catch(() => null);
  await Promise.all([
    store?.clear().catch(() => undefined),
    typeof caches === "undefined" ? undefined : caches.delete(PAGES_CACHE).catch(() => false),
  ]);
}

/** Reviews this device still has to send, so sign-out can ask before dropping them. */
export async function waitingReviewCount(userId: string): Promise<number> {
  const store = await OfflineStore.shared().catch(() => null);
  return store ? (await store.pending(userId).catch(() => [])).length : 0;
}
