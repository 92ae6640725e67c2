import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { loadDeckRecall, loadProgressDashboard } from "@/lib/db/progress/load";
import { undoReview } from "@/lib/db/review/undo";
import { forgettingCurveFor, MS_PER_DAY, retrievability } from "@/lib/progress/retrievability";
import { State } from "@/lib/scheduling/fsrs";
import { SEED_ARTICLE } from "@/prisma/seed-data/attribution";
import { createIsolatedUser, db, gradeCard, prisma, syntheticDeck } from "../helpers/fixtures";

const curve = forgettingCurveFor([]);
const at = (iso: string) => new Date(iso);
const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);

/** A private deck of `topics` topics with `perTopic` cards each; cards[t] are topic t's cards. */
async function userWithTopics(perTopic: number, topics: number, settings = {}) {
  const user = await createIsolatedUser(settings);
  const sourceKey = `test:${randomUUID()}`;
  const generated = syntheticDeck(perTopic * topics, randomUUID(), topics);
  const { deckId } = await upsertGeneratedDeck(db, generated, { ownerId: user.id, sourceKey, topicLabel: "mechanism" });
  const all = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  const cards = Array.from({ length: topics }, (_, t) => all.filter((_, i) => i % topics === t));
  return { user, deckId, sourceKey, generated, cards };
}

async function grade(userId: string, cardId: string, rating: number, now: Date) {
  const state = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
  const clientReviewId = randomUUID();
  await gradeCard({ userId, cardId, rating, clientReviewId, expectedVersion: state.version, durationMs: 1000 }, now);
  return clientReviewId;
}

/** New -> Learning -> Review: Good, then Good at the 10-minute step. */
async function learn(userId: string, cardId: string, now: Date) {
  await grade(userId, cardId, 3, now);
  await grade(userId, cardId, 3, minutes(now, 10));
}

async function recallOf(userId: string, cardId: string, now: Date) {
  const state = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
  return retrievability(curve, (now.getTime() - state.lastReview!.getTime()) / MS_PER_DAY, state.stability);
}

async function dashboard(userId: string, deckId: string, now: Date) {
  const loaded = await loadProgressDashboard(db, userId, deckId, now);
  if (!loaded) throw new Error("deck not visible");
  return loaded;
}

const clearSnapshots = (userId: string) => prisma.recallSnapshot.deleteMany({ where: { userId } });

describe("progress per topic", () => {
  it("computes recall, coverage and card states from each card's memory state", async () => {
    const { user, deckId, cards } = await userWithTopics(4, 3);
    const start = at("2026-03-02T09:00:00Z");
    await learn(user.id, cards[0][0].id, start);
    await grade(user.id, cards[0][1].id, 1, start);
    const now = at("2026-03-05T15:30:00Z");

    const progress = await dashboard(user.id, deckId, now);

    const [first, second, third] = progress.topics;
    const expected = (await recallOf(user.id, cards[0][0].id, now)) + (await recallOf(user.id, cards[0][1].id, now));
    expect(first).toMatchObject({ cards: 4, studied: 2, coverage: 0.5, mastered: 0 });
    expect(first.recallNow).toBeCloseTo(expected / 4, 10);
    expect(first.estimatedKnowledge).toBeCloseTo(expected, 10);
    expect(first.byState).toEqual({ new: 2, learning: 1, review: 1, relearning: 0, suspended: 0 });
    expect(first.lastStudiedOn).toBe("2026-03-02");
    expect([second.label, third.label, second.coverage, third.recallNow]).toEqual(["not started", "not started", 0, 0]);
    expect(progress.overall.recallNow).toBeCloseTo(expected / 12, 10);
    expect(progress.deck.topicLabel).toBe("mechanism");
    // The home page's figure comes from SQL; it must agree with the dashboard's.
    expect((await loadDeckRecall(db, user.id, now)).get(deckId)).toBeCloseTo(progress.overall.recallNow, 10);
  });

  it("rebuilds each past day's recall from the review logs and ends on today's figure", async () => {
    const { user, deckId, cards } = await userWithTopics(2, 2);
    const card = cards[0][0].id;
    const dayOne = at("2026-04-10T08:00:00Z"); // the study day starts at 04:00 UTC
    await learn(user.id, card, dayOne);
    const afterLearning = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: card } });
    const dayThree = at("2026-04-12T20:00:00Z");
    await grade(user.id, card, 3, dayThree);
    const now = at("2026-04-15T12:00:00Z");

    const points = (await dashboard(user.id, deckId, now)).history[0].points;

    const point = (key: string) => points.find((p) => p.key === key)!.recall;
    const endOf = (key: string) => at(`${key}T04:00:00Z`).getTime() + MS_PER_DAY;
    const elapsed = (key: string) => (endOf(key) - afterLearning.lastReview!.getTime()) / MS_PER_DAY;
    expect(points).toHaveLength(90);
    expect(point("2026-04-09")).toBe(0);
    expect(point("2026-04-10")).toBeCloseTo(
      retrievability(curve, elapsed("2026-04-10"), afterLearning.stability) / 2,
      10,
    );
    expect(point("2026-04-11")).toBeCloseTo(
      retrievability(curve, elapsed("2026-04-11"), afterLearning.stability) / 2,
      10,
    );
    const afterThird = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: card } });
    const sinceThird = (endOf("2026-04-13") - dayThree.getTime()) / MS_PER_DAY;
    expect(point("2026-04-13")).toBeCloseTo(retrievability(curve, sinceThird, afterThird.stability) / 2, 10);
    expect(points[89]).toEqual({ key: "2026-04-15", recall: (await recallOf(user.id, card, now)) / 2 });
    expect(await prisma.recallSnapshot.count({ where: { userId: user.id, deckId } })).toBe(89);
    // A second load reads the stored days and shows the same.
    expect((await dashboard(user.id, deckId, now)).history).toEqual((await dashboard(user.id, deckId, now)).history);
  });

  it("forgets an undone review in the figures and in the stored history", async () => {
    const { user, deckId, cards } = await userWithTopics(2, 1);
    const card = cards[0][0].id;
    await learn(user.id, card, at("2026-05-04T09:00:00Z"));
    const undone = await grade(user.id, card, 4, at("2026-05-06T09:00:00Z"));
    const before = await dashboard(user.id, deckId, at("2026-05-08T12:00:00Z"));

    await undoReview(db, user.id, undone);
    const after = await dashboard(user.id, deckId, at("2026-05-08T12:00:00Z"));
    await clearSnapshots(user.id);
    const rebuilt = await dashboard(user.id, deckId, at("2026-05-08T12:00:00Z"));

    const point = (d: typeof after, key: string) => d.history[0].points.find((p) => p.key === key)!.recall;
    expect(point(after, "2026-05-06")).not.toBeCloseTo(point(before, "2026-05-06"), 3);
    expect(point(after, "2026-05-05")).toBe(point(before, "2026-05-05"));
    expect(after.history).toEqual(rebuilt.history);
    expect(after.overall.recallNow).toBeCloseTo(rebuilt.overall.recallNow, 12);
    expect(after.activity.totalReviews).toBe(2);
  });

  it("leaves out a retired card and counts a suspended card apart", async () => {
    const { user, deckId, sourceKey, generated, cards } = await userWithTopics(3, 1);
    const [kept, retired, suspended] = cards[0];
    const day = at("2026-06-01T09:00:00Z");
    for (const card of [kept, retired, suspended]) await learn(user.id, card.id, day);
    await grade(user.id, retired.id, 3, at("2026-06-04T09:00:00Z"));
    const now = at("2026-06-08T12:00:00Z");
    const withAll = await dashboard(user.id, deckId, now);

    await upsertGeneratedDeck(db, generated, { ownerId: user.id, sourceKey, excludedCardKeys: [retired.key] });
    await prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId: suspended.id } },
      data: { suspended: true },
    });
    const progress = await dashboard(user.id, deckId, now);

    const [topic] = progress.topics;
    expect(withAll.topics[0].studied).toBe(3);
    expect(topic).toMatchObject({ cards: 1, studied: 1, coverage: 1 });
    expect(topic.byState).toEqual({ new: 0, learning: 0, review: 1, relearning: 0, suspended: 1 });
    expect(topic.recallNow).toBeCloseTo(await recallOf(user.id, kept.id, now), 10);
    const keptOnly = retrievability(
      curve,
      (at("2026-06-03T04:00:00Z").getTime() - minutes(day, 10).getTime()) / MS_PER_DAY,
      (await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: kept.id } })).stability,
    );
    expect(topic.retention30.total).toBe(0);
    expect(withAll.topics[0].retention30.total).toBe(1);
    expect(progress.history[0].points.find((p) => p.key === "2026-06-02")!.recall).toBeCloseTo(keptOnly, 10);
    expect(progress.weakClaims.map((claim) => claim.claimId)).toEqual([kept.claimId]);
  });

  it("counts only the first review of each day, in the review state, for true retention", async () => {
    const { user, deckId, cards } = await userWithTopics(2, 1);
    const [a, b] = cards[0];
    await learn(user.id, a.id, at("2026-07-01T09:00:00Z"));
    await learn(user.id, b.id, at("2026-07-01T09:00:00Z"));
    // Day 4: a fails (counted), relearns and passes twice more that day (neither counted);
    // b passes (counted), then fails later the same day (not counted).
    const dayFour = at("2026-07-04T09:00:00Z");
    await grade(user.id, a.id, 1, dayFour);
    await grade(user.id, a.id, 3, minutes(dayFour, 10));
    await grade(user.id, a.id, 3, minutes(dayFour, 20));
    await grade(user.id, b.id, 3, minutes(dayFour, 5));
    await grade(user.id, b.id, 1, minutes(dayFour, 60));
    // Day 6: a passes (counted).
    await grade(user.id, a.id, 3, at("2026-07-06T09:00:00Z"));
    const a4 = await prisma.reviewLog.findFirstOrThrow({
      where: { userId: user.id, cardId: a.id, reviewedAt: dayFour },
    });
    expect(a4.stateBefore).toBe(State.Review);

    const [week] = (await dashboard(user.id, deckId, at("2026-07-07T12:00:00Z"))).retention;

    expect(week.young).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(week.mature).toEqual({ passed: 0, total: 0, rate: null });
  });

  it("uses the student's time zone and day start for the calendar and the date last studied", async () => {
    const { user, deckId, cards } = await userWithTopics(1, 1, { timeZone: "Asia/Tokyo", dayRolloverHour: 4 });
    // 03:30 on 2 May in Tokyo: still the study day of 1 May.
    await grade(user.id, cards[0][0].id, 3, at("2026-05-01T18:30:00Z"));

    const progress = await dashboard(user.id, deckId, at("2026-05-02T03:00:00Z"));

    expect(progress.topics[0].lastStudiedOn).toBe("2026-05-01");
    expect(progress.activity.days.filter((day) => day.reviews > 0)).toEqual([{ key: "2026-05-01", reviews: 1 }]);
    expect(progress.today).toBe("2026-05-02");
  });
});

describe("isolation", () => {
  it("ignores another student's reviews and never shows another student's private deck", async () => {
    const seed = await prisma.deck.findUniqueOrThrow({ where: { sourceKey: SEED_ARTICLE.sourceKey } });
    const student = await createIsolatedUser();
    const other = await createIsolatedUser();
    await enrollUserInDecks(db, student.id);
    await enrollUserInDecks(db, other.id);
    const seedCards = await prisma.card.findMany({ where: { deckId: seed.id, retiredAt: null }, take: 3 });
    await learn(student.id, seedCards[0].id, at("2026-08-01T09:00:00Z"));
    const now = at("2026-08-03T12:00:00Z");
    const before = await dashboard(student.id, seed.id, now);

    for (const card of seedCards) await learn(other.id, card.id, at("2026-08-02T09:00:00Z"));
    await clearSnapshots(student.id);
    const after = await dashboard(student.id, seed.id, now);

    expect(after).toEqual(before);
    expect(after.overall.studied).toBe(1);
    const { deckId: privateDeck } = await upsertGeneratedDeck(db, syntheticDeck(2), {
      ownerId: other.id,
      sourceKey: `test:${randomUUID()}`,
    });
    expect(await loadProgressDashboard(db, student.id, privateDeck, now)).toBeNull();
    expect((await loadDeckRecall(db, student.id, now)).has(privateDeck)).toBe(false);
  });
});
