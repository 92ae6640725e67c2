import { describe, expect, it } from "vitest";
import type { ReviewCardView } from "../review/types";
import {
  expectedVersionFor,
  operationKey,
  orderAfter,
  retryDelay,
  waitingGrades,
  queueAfterWaitingGrades,
  type GradeOperation,
  type OutboxOperation,
} from "./outbox";

const grade = (clientReviewId: string, cardId: string, fallbackVersion: number, wantCard = false): GradeOperation => ({
  kind: "grade",
  clientReviewId,
  cardId,
  rating: 3,
  durationMs: 1000,
  fallbackVersion,
  wantCard,
});

const card = (cardId: string) => ({ cardId, version: 0 }) as ReviewCardView;

describe("expectedVersionFor", () => {
  it("is the shown version when no grade of the card waits", () => {
    expect(expectedVersionFor([grade("r1", "other", 7)], "c1", 2)).toBe(2);
  });

  it("is one past the last waiting grade of the same card", () => {
    const pending = [grade("r1", "c1", 2), grade("r2", "c2", 9), grade("r3", "c1", 3)];
    expect(expectedVersionFor(pending, "c1", 2)).toBe(4);
  });
});

describe("queueAfterWaitingGrades", () => {
  it("leaves out cards whose grade waits, in the queue's order", () => {
    const cards = [card("a"), card("b"), card("c"), card("d")];
    const pending = [grade("r1", "b", 0), grade("r2", "d", 0)];
    expect(queueAfterWaitingGrades(cards, pending).map((c) => c.cardId)).toEqual(["a", "c"]);
  });

  it("keeps a card whose grade was undone, and moves one that comes back in this sitting to the end", () => {
    const cards = [card("a"), card("b"), card("c")];
    const pending: OutboxOperation[] = [
      grade("r1", "a", 0),
      { kind: "undo", clientReviewId: "r1" },
      grade("r2", "b", 0, true),
      grade("r3", "c", 0),
    ];
    expect(queueAfterWaitingGrades(cards, pending).map((c) => c.cardId)).toEqual(["a", "b"]);
    expect(queueAfterWaitingGrades([card("b"), card("x")], pending).map((c) => c.cardId)).toEqual(["x", "b"]);
    expect(waitingGrades(pending).map((op) => op.clientReviewId)).toEqual(["r2", "r3"]);
  });
});

describe("ordering and retries", () => {
  it("orders operations made within one millisecond one after another", () => {
    const first = orderAfter(0, 1000);
    const second = orderAfter(first, 1000);
    const third = orderAfter(second, 999);
    expect([first, second, third]).toEqual([1000, 1001, 1002]);
  });

  it("backs off up to ten seconds", () => {
    expect([0, 1, 2, 3, 4, 9].map(retryDelay)).toEqual([500, 1000, 2000, 5000, 10000, 10000]);
  });

  it("keys a grade and its undo apart", () => {
    expect(operationKey(grade("r1", "a", 0))).toBe("grade:r1");
    expect(operationKey({ kind: "undo", clientReviewId: "r1" })).toBe("undo:r1");
  });
});
