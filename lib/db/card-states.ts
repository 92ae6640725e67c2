import type { PrismaClient } from "./client";

/**
 * Gives the user a New state for every live card of every deck they may
 * study (shared decks and their own). Idempotent.
 */
export async function enrollUserInDecks(prisma: PrismaClient, userId: string, now: Date = new Date()): Promise<number> {
  return prisma.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "due", "newPosition")
    SELECT gen_random_uuid()::text, ${userId}, c."id", ${now}, c."position"
    FROM "Card" c
    JOIN "Deck" d ON d."id" = c."deckId"
    WHERE (d."ownerId" IS NULL OR d."ownerId" = ${userId})
      AND c."retiredAt" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."cardId" = c."id"
      )
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
}

/** Enrolls every user in a deck's cards (after a shared deck is seeded or updated). */
export async function enrollAllUsersInDeck(prisma: PrismaClient, deckId: string, now: Date = new Date()): Promise<number> {
  return prisma.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "due", "newPosition")
    SELECT gen_random_uuid()::text, u."id", c."id", ${now}, c."position"
    FROM "Card" c
    JOIN "Deck" d ON d."id" = c."deckId"
    JOIN "User" u ON d."ownerId" IS NULL OR d."ownerId" = u."id"
    WHERE c."deckId" = ${deckId} AND c."retiredAt" IS NULL
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
}
