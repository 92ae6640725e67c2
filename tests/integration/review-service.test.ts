import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { undoReview } from "@/lib/db/review/undo";
import { gradeAndLoadNext } from "@/lib/db/review/grade";
import { ReviewError } from "@/lib/review/errors";
import { State } from "@/lib/scheduling/fsrs";
import { createIsolatedUser, db, gradeCard, prisma, userWithDeck } from "../helpers/fixtures";

const at = (iso: string) => new Date(iso);

async function grade(userId: string, cardId: string, rating: number, now: Date, clientReviewId = randomUUID()) {
  const state = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
  return gradeCard({ userId, cardId, rating, clientReviewId, expectedVersion: state.version, durationMs: 1200 }, now);
}

async function expectReviewError(promise: Promise<unknown>, status: number) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ReviewError);
  expect((error as ReviewError).status).toBe(status);
}

describe("review queue", () => {
  it("puts due cards first, most overdue first, then new cards in deck order", async () => {
    const { user, cards } = await userWithDeck(6);
    const now = at("2026-03-10T12:00:00Z");
    const dueDates = ["2026-03-10T11:00:00Z", "2026-03-08T09:00:00Z", "2026-03-09T10:00:00Z"];
    for (const [index, due] of dueDates.entries()) {
      await prisma.cardState.update({
        where: { userId_cardId: { userId: user.id, cardId: cards[index].id } },
        data: {
          state: State.Review,
          due: at(due),
          stability: 5,
          difficulty: 5,
          reps: 3,
          lastReview: at("2026-03-01T10:00:00Z"),
        },
      });
    }
    await prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: cards[3].id } },
      data: { state: State.Review, due: at("2026-03-11T12:00:00Z"), stability: 5, difficulty: 5, reps: 3 },
    });

    const queue = await loadReviewQueue(db, user.id, now);

    expect(queue.cards.map((card) => card.cardId)).toEqual([
      cards[1].id,
      cards[2].id,
      cards[0].id,
      cards[4].id,
      cards[5].id,
    ]);
    expect(queue.dueCount).toBe(3);
    expect(queue.newCount).toBe(2);
    expect(queue.cards[0].previewLabels[3]).toMatch(/^\d+(m|h|d|mo|y)$/);
  });

  it("leaves out suspended and retired cards", async () => {
    const { user, cards } = await userWithDeck(3);
    await prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: cards[0].id } },
      data: { suspended: true },
    });
    await prisma.card.update({ where: { id: cards[1].id }, data: { retiredAt: new Date() } });

    const queue = await loadReviewQueue(db, user.id, new Date());

    expect(queue.cards.map((card) => card.cardId)).toEqual([cards[2].id]);
  });

  it("limits new cards per study day in the user's time zone", async () => {
    // Tokyo is UTC+9 and the day rolls over at 04:00 local, i.e. 19:00 UTC.
    const { user, cards } = await userWithDeck(6, { timeZone: "Asia/Tokyo", dayRolloverHour: 4, dailyNewLimit: 2 });
    const beforeRollover = at("2026-05-01T18:30:00Z");
    const afterRollover = at("2026-05-01T19:30:00Z");

    await grade(user.id, cards[0].id, 3, at("2026-05-01T10:00:00Z"));
    await grade(user.id, cards[1].id, 3, at("2026-05-01T11:00:00Z"));

    const sameDay = await loadReviewQueue(db, user.id, beforeRollover);
    expect(sameDay.newIntroducedToday).toBe(2);
    expect(sameDay.newCount).toBe(0);
    expect(sameDay.cards.filter((card) => card.isNew)).toHaveLength(0);

    const nextDay = await loadReviewQueue(db, user.id, afterRollover);
    expect(nextDay.newIntroducedToday).toBe(0);
    expect(nextDay.cards.filter((card) => card.isNew).map((card) => card.cardId)).toEqual([cards[2].id, cards[3].id]);
  });

  it("never shows one user's cards to another", async () => {
    const { user: owner } = await userWithDeck(3);
    const stranger = await createIsolatedUser();

    const queue = await loadReviewQueue(db, stranger.id, new Date());

    expect(queue.cards).toHaveLength(0);
    expect(owner.id).not.toBe(stranger.id);
  });
});

describe("grading", () => {
  it("updates the state and writes one log in the same transaction", async () => {
    const { user, cards } = await userWithDeck(1);
    const now = at("2026-04-02T08:00:00Z");

    const result = await grade(user.id, cards[0].id, 3, now);

    const state = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: cards[0].id } },
    });
    const logs = await prisma.reviewLog.findMany({ where: { userId: user.id } });
    expect(result.duplicate).toBe(false);
    expect(state.state).toBe(State.Learning);
    expect(state.reps).toBe(1);
    expect(state.version).toBe(1);
    expect(state.due.getTime()).toBe(now.getTime() + 10 * 60_000);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      rating: 3,
      stateBefore: State.New,
      durationMs: 1200,
      learningStepsAfter: state.learningSteps,
    });
  });

  it("is idempotent on the client review id", async () => {
    const { user, cards } = await userWithDeck(1);
    const clientReviewId = randomUUID();
    const now = at("2026-04-02T08:00:00Z");

    const first = await gradeCard(
      { userId: user.id, cardId: cards[0].id, rating: 3, clientReviewId, expectedVersion: 0, durationMs: 10 },
      now,
    );
    const retry = await gradeCard(
      { userId: user.id, cardId: cards[0].id, rating: 3, clientReviewId, expectedVersion: 0, durationMs: 10 },
      now,
    );

    expect(retry.duplicate).toBe(true);
    expect(retry.state.due.getTime()).toBe(first.state.due.getTime());
    expect(retry.state.state).toBe(first.state.state);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    const state = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect(state.reps).toBe(1);
  });

  it("rejects a grade made against a stale version with a conflict", async () => {
    const { user, cards } = await userWithDeck(1);
    await grade(user.id, cards[0].id, 3, at("2026-04-02T08:00:00Z"));

    await expectReviewError(
      gradeCard(
        {
          userId: user.id,
          cardId: cards[0].id,
          rating: 1,
          clientReviewId: randomUUID(),
          expectedVersion: 0,
          durationMs: 0,
        },
        new Date(),
      ),
      409,
    );
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("applies exactly one of two concurrent grades of the same card", async () => {
    const { user, cards } = await userWithDeck(1);
    const attempt = (rating: number) =>
      gradeCard(
        {
          userId: user.id,
          cardId: cards[0].id,
          rating,
          clientReviewId: randomUUID(),
          expectedVersion: 0,
          durationMs: 0,
        },
        new Date(),
      );

    const outcomes = await Promise.allSettled([attempt(3), attempt(1)]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as ReviewError).status).toBe(409);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    const state = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect(state.version).toBe(1);
  });

  it("refuses another user's card and an unknown card without writing anything", async () => {
    const { cards } = await userWithDeck(1);
    const stranger = await createIsolatedUser();
    for (const cardId of [cards[0].id, "no-such-card"]) {
      await expectReviewError(
        gradeCard(
          { userId: stranger.id, cardId, rating: 3, clientReviewId: randomUUID(), expectedVersion: 0, durationMs: 0 },
          new Date(),
        ),
        404,
      );
    }
    expect(await prisma.reviewLog.count({ where: { userId: stranger.id } })).toBe(0);
  });
});

describe("grade and next card in one round trip", () => {
  const input = (userId: string, cardId: string, expectedVersion = 0) => ({
    userId,
    cardId,
    rating: 3,
    clientReviewId: randomUUID(),
    expectedVersion,
    durationMs: 500,
  });

  it("answers with the most overdue due card before any new card", async () => {
    const { user, cards } = await userWithDeck(3);
    await prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: cards[2].id } },
      data: { state: State.Review, due: at("2026-04-01T00:00:00Z"), stability: 4, difficulty: 5, reps: 2 },
    });

    const outcome = await gradeAndLoadNext(db, input(user.id, cards[0].id), at("2026-04-02T08:00:00Z"));

    expect(outcome.result.version).toBe(1);
    expect(outcome.next).toMatchObject({ cardId: cards[2].id, isNew: false, topicLabel: "topic" });
    expect(outcome.card).toBeNull();
  });

  it("counts the card just graded against today's new-card limit", async () => {
    const { user, cards } = await userWithDeck(3, { dailyNewLimit: 2 });
    const now = at("2026-04-02T08:00:00Z");

    const first = await gradeAndLoadNext(db, input(user.id, cards[0].id), now);
    expect(first.next?.cardId).toBe(cards[1].id);
    const second = await gradeAndLoadNext(db, input(user.id, cards[1].id), now);
    expect(second.next).toBeNull();
  });

  it("returns the graded card with fresh previews when the page asks for it", async () => {
    const { user, cards } = await userWithDeck(2);
    const now = at("2026-04-02T08:00:00Z");

    const outcome = await gradeAndLoadNext(db, input(user.id, cards[0].id), now, { wantCard: true });

    expect(outcome.card).toMatchObject({ cardId: cards[0].id, version: 1, isNew: false });
    expect(outcome.card?.previewLabels[1]).toBe("1m");
    expect(outcome.next?.cardId).toBe(cards[1].id);
  });

  it("answers a retry as before and writes nothing, even after the card moved on", async () => {
    const { user, cards } = await userWithDeck(1);
    const first = input(user.id, cards[0].id);
    const applied = await gradeAndLoadNext(db, first, at("2026-04-02T08:00:00Z"));
    await gradeCard(input(user.id, cards[0].id, 1), at("2026-04-02T08:11:00Z"));

    const retry = await gradeAndLoadNext(db, first, at("2026-04-02T08:12:00Z"));

    expect(retry.result).toMatchObject({ duplicate: true, version: 2 });
    expect(retry.result.state.due).toEqual(applied.result.state.due);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });
});

describe("undo", () => {
  it("restores the exact previous state with rollback and deletes the log", async () => {
    const { user, cards } = await userWithDeck(1);
    const cardId = cards[0].id;
    await grade(user.id, cardId, 3, at("2026-04-02T08:00:00Z"));
    await grade(user.id, cardId, 3, at("2026-04-02T08:11:00Z"));
    const beforeThird = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId } },
    });
    const third = await grade(user.id, cardId, 1, at("2026-04-05T09:00:00Z"));

    const undone = await undoReview(db, user.id, third.clientReviewId);

    const after = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
    const { version: versionBefore, ...restoredFields } = beforeThird;
    const { version, ...afterFields } = after;
    expect(afterFields).toEqual(restoredFields);
    expect(version).toBe(versionBefore + 2);
    expect(undone.version).toBe(version);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("only undoes the latest review of a card, and only the user's own", async () => {
    const { user, cards } = await userWithDeck(1);
    const first = await grade(user.id, cards[0].id, 3, at("2026-04-02T08:00:00Z"));
    await grade(user.id, cards[0].id, 3, at("2026-04-02T08:11:00Z"));
    const stranger = await createIsolatedUser();

    await expectReviewError(undoReview(db, user.id, first.clientReviewId), 409);
    await expectReviewError(undoReview(db, stranger.id, first.clientReviewId), 404);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });
});
