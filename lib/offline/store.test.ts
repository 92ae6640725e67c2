// fake-indexeddb is a complete in-memory IndexedDB (it passes the W3C test suite), so this runs the real store code.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ReviewCardView } from "../review/types";
import { operationKey, type GradeOperation, type StoredOperation } from "./outbox";
import { OfflineStore, OFFLINE_DB_NAME, snapshotKey } from "./store";

const stored = (userId: string, clientReviewId: string, order: number): StoredOperation => {
  const operation: GradeOperation = {
    kind: "grade",
    clientReviewId,
    cardId: `card-${clientReviewId}`,
    rating: 3,
    durationMs: 0,
    fallbackVersion: 0,
    wantCard: false,
  };
  return { key: operationKey(operation), userId, order, operation };
};

let store: OfflineStore;

beforeEach(async () => {
  store = await OfflineStore.open();
});

afterEach(async () => {
  store.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(OFFLINE_DB_NAME);
    request.onsuccess = request.onerror = resolve;
  });
});

describe("OfflineStore", () => {
  it("gives back one user's waiting operations oldest first, and only theirs, after reopening", async () => {
    await store.add(stored("u1", "r3", 30));
    await store.add(stored("u2", "x1", 5));
    await store.add(stored("u1", "r1", 10));
    await store.add(stored("u1", "r2", 20));
    store.close();
    store = await OfflineStore.open();
    expect((await store.pending("u1")).map((s) => s.operation.clientReviewId)).toEqual(["r1", "r2", "r3"]);
    expect((await store.pending("u2")).map((s) => s.operation.clientReviewId)).toEqual(["x1"]);
  });

  it("stores an operation once however often it is written, and removes it when saved", async () => {
    await store.add(stored("u1", "r1", 10));
    await store.add(stored("u1", "r1", 10));
    expect(await store.pending("u1")).toHaveLength(1);
    await store.remove("grade:r1");
    expect(await store.pending("u1")).toEqual([]);
  });

  it("keeps queue snapshots per user and queue, and clear() forgets everything", async () => {
    const queue = [{ cardId: "a" } as ReviewCardView];
    await store.saveSnapshot({
      key: snapshotKey("u1", "/api/review/queue"),
      userId: "u1",
      renderedAt: 1,
      savedAt: 1,
      queue,
      learning: [],
    });
    expect((await store.snapshot("u1", "/api/review/queue"))?.queue).toEqual(queue);
    expect(await store.snapshot("u2", "/api/review/queue")).toBeUndefined();
    await store.add(stored("u1", "r1", 10));
    await store.clear();
    expect(await store.snapshot("u1", "/api/review/queue")).toBeUndefined();
    expect(await store.pending("u1")).toEqual([]);
  });
});
