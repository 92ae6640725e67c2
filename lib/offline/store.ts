/**
 * What the device keeps for offline review, in IndexedDB: the outbox of grades and undos not yet
 * saved, and the last snapshot of each review queue. Both are keyed by user, and sign-out clears them.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { ReviewCardView } from "../review/types";
import type { StoredOperation } from "./outbox";

export interface QueueSnapshot {
  /** `${userId} ${queueUrl}` */
  key: string;
  userId: string;
  /** When the server rendered the page this queue continues from (server clock). */
  renderedAt: number;
  savedAt: number;
  queue: ReviewCardView[];
  learning: { card: ReviewCardView; dueAt: number }[];
}

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: StoredOperation; indexes: { byUser: [string, number] } };
  queues: { key: string; value: QueueSnapshot };
}

export const OFFLINE_DB_NAME = "claimdeck-offline";

export const snapshotKey = (userId: string, queueUrl: string) => `${userId} ${queueUrl}`;

export class OfflineStore {
  private constructor(private readonly db: IDBPDatabase<OfflineSchema>) {}

  private static opened: Promise<OfflineStore> | null = null;

  /** One connection per page, opened on first use; rejects where the browser has no IndexedDB. */
  static shared(): Promise<OfflineStore> {
    OfflineStore.opened ??= OfflineStore.open();
    return OfflineStore.opened;
  }

  static async open(): Promise<OfflineStore> {
    const db = await openDB<OfflineSchema>(OFFLINE_DB_NAME, 1, {
      upgrade(database) {
        const outbox = database.createObjectStore("outbox", { keyPath: "key" });
        outbox.createIndex("byUser", ["userId", "order"]);
        database.createObjectStore("queues", { keyPath: "key" });
      },
    });
    return new OfflineStore(db);
  }

  /** The user's waiting operations, oldest first. */
  async pending(userId: string): Promise<StoredOperation[]> {
    const range = IDBKeyRange.bound([userId, -Infinity], [userId, Infinity]);
    return this.db.getAllFromIndex("outbox", "byUser", range);
  }

  async add(stored: StoredOperation): Promise<void> {
    await this.db.put("outbox", stored);
  }

  async remove(key: string): Promise<void> {
    await this.db.delete("outbox", key);
  }

  async saveSnapshot(snapshot: QueueSnapshot): Promise<void> {
    await this.db.put("queues", snapshot);
  }

  async snapshot(userId: string, queueUrl: string): Promise<QueueSnapshot | undefined> {
    return this.db.get("queues", snapshotKey(userId, queueUrl));
  }

  /** Sign-out: nothing of this user's reviews stays on the device. */
  async clear(): Promise<void> {
    const transaction = this.db.transaction(["outbox", "queues"], "readwrite");
    await Promise.all([transaction.objectStore("outbox").clear(), transaction.objectStore("queues").clear()]);
    await transaction.done;
  }

  close() {
    this.db.close();
  }
}
