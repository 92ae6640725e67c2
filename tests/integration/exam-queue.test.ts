import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import { loadExamCards } from "@/lib/db/exams/cards";
import { loadStudyQueue } from "@/lib/db/exams/queue";
import { examContext } from "@/lib/db/exams/readiness";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { loadSettings } from "@/lib/db/settings";
import { todaysExamQueue } from "@/lib/exam/plan";
import { State } from "@/lib/scheduling/fsrs";
import { db, prisma, syntheticDeck, gradeStoredCard } from "../helpers/fixtures";
import { examFor, NOW, studentWithTopics } from "../helpers/exams";

const ids = (queue: { cards: { cardId: string }[] }) => queue.cards.map((card) => card.cardId);

describe("the exam-aware queue", () => {
  it("leaves a student without an upcoming exam on the plain queue", async () => {
    const { user } = await studentWithTopics(6, 2);
    const study = await loadStudyQueue(db, user.id, NOW);
    const plain = await loadReviewQueue(db, user.id, NOW);
    expect(study).toEqual({ ...plain, exams: [] });
  });

  it("serves today's exam picks first, holds back the exam's other cards, then the rest of the queue", async () => {
    const { user, deckId, cards } = await studentWithTopics(12, 3, { dailyNewLimit: 50 });
    const { deckId: otherDeck } = await upsertGeneratedDeck(db, syntheticDeck(3), {
      ownerId: user.id,
      sourceKey: `test:${randomUUID()}`,
    });
    for (const card of cards.slice(0, 6)) await gradeStoredCard(user.id, card.id, 3, new Date("2026-03-01T10:00:00Z"));
    const exam = await examFor(user.id, deckId, { budget: { unit: "reviews", perDay: 5 } });

    const planned = await loadExamCards(db, user.id, exam.id, NOW, { plannedHere: true });
    const settings = await loadSettings(db, user.id);
    const picks = todaysExamQueue(planned, await examContext(db, user.id, exam, planned, settings, NOW));
    const queue = await loadStudyQueue(db, user.id, NOW);
    const otherCards = await prisma.card.findMany({ where: { deckId: otherDeck }, select: { id: true } });

    expect(picks.length).toBeGreaterThan(0);
    expect(picks.length).toBeLessThanOrEqual(5);
    expect(ids(queue).slice(0, picks.length)).toEqual(picks);
    const rest = ids(queue).slice(picks.length);
    expect(rest.sort()).toEqual(otherCards.map((card) => card.id).sort());
    expect(queue.exams).toEqual([{ id: exam.id, name: exam.name, picks: picks.length }]);
    expect(queue.dueCount + queue.newCount).toBe(queue.cards.length);
    expect(ids(await loadStudyQueue(db, user.id, NOW, { examId: exam.id }))).toEqual(picks);
  });

  it("grades exam picks as ordinary reviews, spends the day's budget, and returns to plain FSRS after the exam", async () => {
    const { user, deckId } = await studentWithTopics(10, 2, { dailyNewLimit: 50 });
    const exam = await examFor(user.id, deckId, { budget: { unit: "reviews", perDay: 4 } });
    const first = await loadStudyQueue(db, user.id, NOW, { examId: exam.id });
    expect(first.cards.length).toBeGreaterThan(0);
    for (const card of first.cards) {
      const result = await gradeStoredCard(user.id, card.cardId, 4, NOW);
      expect(result.version).toBe(card.version + 1);
    }
    const logs = await prisma.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs.map((log) => log.cardId).sort()).toEqual(ids(first).sort());
    expect(logs.every((log) => log.rating === 4 && log.stateBefore === State.New)).toBe(true);

    const later = new Date(NOW.getTime() + 60_000);
    const reviewsLeft = 4 - first.cards.length;
    expect((await loadStudyQueue(db, user.id, later, { examId: exam.id })).cards.length).toBeLessThanOrEqual(
      reviewsLeft,
    );

    const afterExam = new Date("2026-03-18T12:00:00Z");
    expect(await loadStudyQueue(db, user.id, afterExam)).toEqual({
      ...(await loadReviewQueue(db, user.id, afterExam)),
      exams: [],
    });
  });

  it("plans a card two exams cover for the earlier exam only", async () => {
    const { user, deckId, topics } = await studentWithTopics(8, 2);
    const later = await examFor(user.id, deckId, { name: "Final", examAt: "2026-03-20T09:00" });
    const earlier = await examFor(user.id, deckId, {
      name: "Quiz",
      examAt: "2026-03-13T09:00",
      coverage: [{ deckId, topicIds: [topics[0].id] }],
    });
    const laterPlanned = await loadExamCards(db, user.id, later.id, NOW, { plannedHere: true });
    const laterCovered = await loadExamCards(db, user.id, later.id, NOW);
    const earlierPlanned = await loadExamCards(db, user.id, earlier.id, NOW, { plannedHere: true });

    expect(laterCovered).toHaveLength(8);
    expect(earlierPlanned.map((card) => card.topicId)).toEqual(Array(4).fill(topics[0].id));
    expect(laterPlanned.map((card) => card.topicId)).toEqual(Array(4).fill(topics[1].id));
    const queue = await loadStudyQueue(db, user.id, NOW);
    expect(queue.exams.map((exam) => exam.name)).toEqual(["Quiz", "Final"]);
    expect(new Set(ids(queue)).size).toBe(queue.cards.length);
  });
});
