import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gradeAndLoadNext } from "@/lib/db/review/grade";
import { forgetSettings, forgetState, knownState } from "@/lib/db/review/memory";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { saveSettings } from "@/lib/db/settings";
import { ReviewError } from "@/lib/review/errors";
import { State } from "@/lib/scheduling/fsrs";
import { db, prisma, userWithDeck } from "../helpers/fixtures";

const NOW = new Date("2026-04-02T08:00:00Z");
const grade = (userId: string, cardId: string, expectedVersion: number, rating = 3) =>
  gradeAndLoadNext(db, { userId, cardId, rating, clientReviewId: randomUUID(), expectedVersion, durationMs: 100 }, NOW);

async function reviewCard(userId: string, cardId: string) {
  await prisma.cardState.update({
    where: { userId_cardId: { userId, cardId } },
    data: {
      state: State.Review,
      due: new Date("2026-04-01T00:00:00Z"),
      stability: 6,
      difficulty: 5,
      reps: 3,
      scheduledDays: 6,
      lastReview: new Date("2026-03-26T00:00:00Z"),
    },
  });
}

describe("grading from what the server already knows", () => {
  it("schedules exactly as a grade that reads the state first", async () => {
    const remembered = await userWithDeck(2);
    const read = await userWithDeck(2);
    for (const { user, cards } of [remembered, read]) await reviewCard(user.id, cards[0].id);
    await loadReviewQueue(db, remembered.user.id, NOW);
    forgetState(read.user.id, read.cards[0].id);
    forgetSettings(read.user.id);
    expect(knownState(remembered.user.id, remembered.cards[0].id, 0)).toBeDefined();

    const fast = await grade(remembered.user.id, remembered.cards[0].id, 0);
    const slow = await grade(read.user.id, read.cards[0].id, 0);

    expect(fast.result.state).toEqual(slow.result.state);
    expect(fast.result.version).toBe(1);
    expect(fast.next?.cardId).toBe(remembered.cards[1].id);
  });

  it("answers 409 and writes nothing when the card was graded elsewhere since it was seen", async () => {
    const { user, cards } = await userWithDeck(1);
    await loadReviewQueue(db, user.id, NOW);
    // Another server grades the card: the version moves on without this one knowing.
    await prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: cards[0].id } },
      data: { state: State.Learning, version: { increment: 1 } },
    });

    const error = await grade(user.id, cards[0].id, 0).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ReviewError);
    expect((error as ReviewError).status).toBe(409);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers 404 and writes nothing when the card was retired since it was seen", async () => {
    const { user, cards } = await userWithDeck(1);
    await loadReviewQueue(db, user.id, NOW);
    await prisma.card.update({ where: { id: cards[0].id }, data: { retiredAt: NOW } });

    const error = await grade(user.id, cards[0].id, 0).catch((caught: unknown) => caught);

    expect((error as ReviewError).status).toBe(404);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    const state = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect(state.version).toBe(0);
  });

  it("grades with settings saved a moment ago on this server", async () => {
    const { user, cards } = await userWithDeck(2);
    await loadReviewQueue(db, user.id, NOW);
    await saveSettings(db, user.id, { dailyNewLimit: 1, desiredRetention: 0.9, timeZone: "UTC", dayRolloverHour: 4 });

    const outcome = await grade(user.id, cards[0].id, 0);

    // With a limit of one new card a day, the card just introduced used it up.
    expect(outcome.next).toBeNull();
  });
});
