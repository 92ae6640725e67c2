import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { resolveReviewScope, scopeQueueOptions } from "@/lib/db/review/scope";
import { createIsolatedUser, db, prisma, syntheticDeck, gradeStoredCard } from "../helpers/fixtures";

async function userWithTopics(perTopic: number, topics: number, dailyNewLimit = 20) {
  const user = await createIsolatedUser({ dailyNewLimit });
  const { deckId } = await upsertGeneratedDeck(db, syntheticDeck(perTopic * topics, randomUUID(), topics), {
    ownerId: user.id,
    sourceKey: `test:${randomUUID()}`,
  });
  const all = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  return { user, cards: Array.from({ length: topics }, (_, t) => all.filter((_, i) => i % topics === t)) };
}

describe("a session limited to one topic or one claim", () => {
  it("studies one topic: its due cards first, then its new ones, within the same daily new-card limit", async () => {
    const { user, cards } = await userWithTopics(4, 2, 3);
    const now = new Date("2026-03-10T12:00:00Z");
    await gradeStoredCard(user.id, cards[1][0].id, 3, new Date("2026-03-10T09:00:00Z")); // a new card of the other topic
    await gradeStoredCard(user.id, cards[0][2].id, 3, new Date("2026-03-10T09:05:00Z")); // due again at 09:15

    const queue = await loadReviewQueue(db, user.id, now, { topicId: cards[0][0].topicId });

    // Two new cards introduced today, in either topic, leave one of the limit of three.
    expect(queue.cards.map((card) => card.cardId)).toEqual([cards[0][2].id, cards[0][0].id]);
    expect(queue.dueCount).toBe(1);
    expect(queue.newCount).toBe(1);
    expect(queue.newIntroducedToday).toBe(2);
  });

  it("studies one claim, offering its studied cards that are not due yet after the due ones", async () => {
    const { user, cards } = await userWithTopics(2, 1);
    const [card] = cards[0];
    await gradeStoredCard(user.id, card.id, 3, new Date("2026-03-10T09:00:00Z"));
    await gradeStoredCard(user.id, card.id, 3, new Date("2026-03-10T09:10:00Z")); // in review, due days later

    const claimQueue = await loadReviewQueue(db, user.id, new Date("2026-03-10T12:00:00Z"), { claimId: card.claimId });
    const topicQueue = await loadReviewQueue(db, user.id, new Date("2026-03-10T12:00:00Z"), { topicId: card.topicId });

    expect(claimQueue.cards.map((view) => view.cardId)).toEqual([card.id]);
    expect(topicQueue.cards.map((view) => view.cardId)).toEqual([cards[0][1].id]);
  });

  it("refuses another student's topic or claim and falls back to all decks", async () => {
    const { cards } = await userWithTopics(1, 1);
    const stranger = await createIsolatedUser();
    const topic = await resolveReviewScope(db, stranger.id, { topic: cards[0][0].topicId });
    const claim = await resolveReviewScope(db, stranger.id, { claim: cards[0][0].claimId });

    expect([topic.refused, claim.refused]).toEqual(["topic", "claim"]);
    expect(scopeQueueOptions(topic)).toEqual({ deckId: null });
  });
});
