import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listStudyableDecks, upsertGeneratedDeck } from "@/lib/db/decks";
import { saveUserDeck } from "@/lib/db/imports";
import { generateDeck } from "@/lib/generator/generate";
import { createIsolatedUser, db, gradeCard, prisma } from "../helpers/fixtures";

const article = readFileSync(path.join(__dirname, "../fixtures/articles/pollinator-decline-web.txt"), "utf8");

async function deckCounts(deckId: string) {
  const [topics, claims, cards, variants, references] = await Promise.all([
    prisma.topic.count({ where: { deckId } }),
    prisma.claim.count({ where: { deckId } }),
    prisma.card.count({ where: { deckId } }),
    prisma.claimVariant.count({ where: { claim: { deckId } } }),
    prisma.reference.count({ where: { article: { deckId } } }),
  ]);
  return { topics, claims, cards, variants, references };
}

describe("importing a deck", () => {
  it("creates no rows when the same article is imported again", async () => {
    const sourceKey = `test:${randomUUID()}`;
    const first = await upsertGeneratedDeck(db, generateDeck(article), { ownerId: null, sourceKey });
    const before = await deckCounts(first.deckId);

    const again = await upsertGeneratedDeck(db, generateDeck(article), { ownerId: null, sourceKey });

    expect(again.deckId).toBe(first.deckId);
    expect(again.created).toEqual({ topics: 0, claims: 0, cards: 0 });
    expect(again.retiredCards).toBe(0);
    expect(await deckCounts(first.deckId)).toEqual(before);
    await prisma.deck.delete({ where: { id: first.deckId } });
  });

  it("keeps the history of unchanged cards, adds new ones and retires vanished ones when the article changes", async () => {
    const user = await createIsolatedUser();
    const original = generateDeck(article);
    const saved = await saveUserDeck(db, original, {
      ownerId: user.id,
      text: article,
      title: "Pollinators",
      excludedCardKeys: [],
      topicNames: {},
    });
    const studied = await prisma.card.findFirstOrThrow({
      where: { deckId: saved.deckId, sourceSentence: { startsWith: "Flower-rich field margins restore" } },
    });
    await gradeCard(
      {
        userId: user.id,
        cardId: studied.id,
        rating: 3,
        clientReviewId: randomUUID(),
        expectedVersion: 0,
        durationMs: 900,
      },
      new Date(),
    );
    const vanishing = await prisma.card.findFirstOrThrow({
      where: { deckId: saved.deckId, sourceSentence: { startsWith: "Climate warming shifts" } },
    });
    await gradeCard(
      {
        userId: user.id,
        cardId: vanishing.id,
        rating: 4,
        clientReviewId: randomUUID(),
        expectedVersion: 0,
        durationMs: 900,
      },
      new Date(),
    );

    const edited = article
      .replace(/ Climate warming shifts[^\n]*out of step\.6/, "")
      .replace(
        "Reducing pesticide use during bloom",
        "Hedgerow planting doubles the nesting sites available to solitary bees within 3 years.7 Reducing pesticide use during bloom",
      );
    const result = await upsertGeneratedDeck(db, generateDeck(edited), {
      ownerId: user.id,
      sourceKey: (await prisma.deck.findUniqueOrThrow({ where: { id: saved.deckId } })).sourceKey,
    });

    expect(result.deckId).toBe(saved.deckId);
    expect(result.created.cards).toBeGreaterThan(0);
    expect(result.retiredCards).toBeGreaterThan(0);
    const kept = await prisma.card.findUniqueOrThrow({ where: { id: studied.id } });
    expect(kept.retiredAt).toBeNull();
    const keptState = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: studied.id } },
    });
    expect(keptState.reps).toBe(1);
    const retired = await prisma.card.findUniqueOrThrow({ where: { id: vanishing.id } });
    expect(retired.retiredAt).not.toBeNull();
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    expect(
      await prisma.card.count({
        where: { deckId: saved.deckId, retiredAt: null, sourceSentence: { startsWith: "Hedgerow planting" } },
      }),
    ).toBeGreaterThan(0);
  });

  it("leaves out unticked cards and applies topic renames", async () => {
    const user = await createIsolatedUser();
    const deck = generateDeck(article);
    const dropped = deck.cards.slice(0, 2).map((card) => card.key);
    const topic = deck.topics[0];
    const saved = await saveUserDeck(db, deck, {
      ownerId: user.id,
      text: article,
      title: "Mine",
      excludedCardKeys: dropped,
      topicNames: { [topic.id]: "Renamed topic" },
    });

    expect(await prisma.card.count({ where: { deckId: saved.deckId } })).toBe(deck.cards.length - 2);
    expect(await prisma.card.count({ where: { deckId: saved.deckId, key: { in: dropped } } })).toBe(0);
    expect((await prisma.topic.findFirstOrThrow({ where: { deckId: saved.deckId, slug: topic.id } })).name).toBe(
      "Renamed topic",
    );
    expect(await prisma.cardState.count({ where: { userId: user.id } })).toBe(deck.cards.length - 2);
    expect((await prisma.deck.findUniqueOrThrow({ where: { id: saved.deckId } })).ownerId).toBe(user.id);
  });
});

describe("listStudyableDecks", () => {
  it("lists the shared decks and the user's own, with today's due and new counts, and no one else's", async () => {
    const owner = await createIsolatedUser();
    const stranger = await createIsolatedUser();
    const deck = generateDeck(article);
    const saved = await saveUserDeck(db, deck, {
      ownerId: owner.id,
      text: article,
      title: "Owned deck",
      excludedCardKeys: [],
      topicNames: {},
    });
    const [card] = await prisma.card.findMany({ where: { deckId: saved.deckId }, take: 1 });
    await prisma.cardState.update({
      where: { userId_cardId: { userId: owner.id, cardId: card.id } },
      data: { state: 2, due: new Date(Date.now() - 60_000), stability: 3, difficulty: 5, reps: 2 },
    });

    const ownerDecks = await listStudyableDecks(db, owner.id, new Date());
    const strangerDecks = await listStudyableDecks(db, stranger.id, new Date());

    const owned = ownerDecks.find((d) => d.id === saved.deckId);
    expect(owned).toMatchObject({
      title: "Owned deck",
      own: true,
      cards: deck.cards.length,
      due: 1,
      fresh: deck.cards.length - 1,
    });
    expect(strangerDecks.some((d) => d.id === saved.deckId)).toBe(false);
  });
});
