import { randomUUID } from "node:crypto";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import { createExam } from "@/lib/db/exams/exams";
import type { ExamInput } from "@/lib/exams/exam-schema";
import { createIsolatedUser, db, prisma, syntheticDeck } from "./fixtures";

/** A student with a private deck of `cards` cards over `topics` topics. */
export async function studentWithTopics(cards: number, topics: number, settings = {}) {
  const user = await createIsolatedUser(settings);
  const { deckId } = await upsertGeneratedDeck(db, syntheticDeck(cards, randomUUID(), topics), {
    ownerId: user.id,
    sourceKey: `test:${randomUUID()}`,
    topicLabel: "mechanism",
  });
  const deckCards = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  const deckTopics = await prisma.topic.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  return { user, deckId, cards: deckCards, topics: deckTopics };
}

export function examInput(deckId: string, overrides: Partial<ExamInput> = {}): ExamInput {
  return {
    name: "Oncology midterm",
    examAt: "2026-03-17T09:00",
    timeZone: "UTC",
    targetRecall: 0.9,
    budget: { unit: "reviews", perDay: 50 },
    coverage: [{ deckId, topicIds: [] }],
    ...overrides,
  };
}

export const NOW = new Date("2026-03-10T12:00:00Z");

export const examFor = (userId: string, deckId: string, overrides: Partial<ExamInput> = {}, now = NOW) =>
  createExam(db, userId, examInput(deckId, overrides), now);
