import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { gradeAndLoadNext } from "@/lib/db/review/grade";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import type { GeneratedDeck } from "@/lib/generator/types";
import type { GradeInput } from "@/lib/review/types";

export const db = getDb();
export const prisma = db.prisma;

/** Grades through the review hot path and keeps only the grade's result. */
export async function gradeCard(input: GradeInput, now: Date) {
  return (await gradeAndLoadNext(db, input, now)).result;
}

/** Grades a card as a student would: at the version of its state that is stored now. */
export async function gradeStoredCard(userId: string, cardId: string, rating: number, now: Date) {
  const state = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
  const input = {
    userId,
    cardId,
    rating,
    clientReviewId: randomUUID(),
    expectedVersion: state.version,
    durationMs: 900,
  };
  return gradeCard(input, now);
}

/** A user with default settings and no shared-deck cards, so each test sees only what it builds. */
export async function createIsolatedUser(
  settings: { timeZone?: string; dayRolloverHour?: number; dailyNewLimit?: number } = {},
) {
  return prisma.user.create({
    data: { email: `test-${randomUUID()}@example.test`, settings: { create: settings } },
  });
}

/** One claim and one card per index; with several topics, card i belongs to topic i mod topicCount. */
export function syntheticDeck(cardCount: number, tag = randomUUID(), topicCount = 1): GeneratedDeck {
  const sentence = (i: number) => `Claim ${i} of ${tag} says that factor ${i} drives process ${i}.`;
  const topicOf = (i: number) => (topicCount === 1 ? "synthetic-topic" : `synthetic-topic-${i % topicCount}`);
  return {
    article: { title: `Synthetic article ${tag}`, authors: ["A. Author"], references: [] },
    cleanText: Array.from({ length: cardCount }, (_, i) => sentence(i)).join(" "),
    topics: Array.from({ length: topicCount }, (_, i) => ({
      id: topicOf(i),
      name: topicCount === 1 ? "synthetic topic" : `synthetic topic ${i}`,
    })),
    claims: Array.from({ length: cardCount }, (_, i) => ({
      id: `claim-${i}`,
      topicId: topicOf(i),
      text: sentence(i),
      variants: [{ section: "Body", sentence: sentence(i), start: 0, end: sentence(i).length }],
      refs: [],
    })),
    cards: Array.from({ length: cardCount }, (_, i) => ({
      key: `card-${i}`,
      type: "CLOZE" as const,
      prompt: `Factor ${i} drives _____.`,
      answer: `process ${i}`,
      claimId: `claim-${i}`,
      topicId: topicOf(i),
      source: { section: "Body", sentence: sentence(i), start: 0, end: sentence(i).length },
      refs: [],
      quality: 1,
    })),
    warnings: [],
    coverage: [],
  };
}

/** A private deck of `cardCount` cards owned by a fresh isolated user. */
export async function userWithDeck(cardCount: number, settings: Parameters<typeof createIsolatedUser>[0] = {}) {
  const user = await createIsolatedUser(settings);
  const deck = await upsertGeneratedDeck(db, syntheticDeck(cardCount), {
    ownerId: user.id,
    sourceKey: `test:${randomUUID()}`,
  });
  const cards = await prisma.card.findMany({ where: { deckId: deck.deckId }, orderBy: { position: "asc" } });
  return { user, deckId: deck.deckId, cards };
}
