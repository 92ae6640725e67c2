import type { Db } from "./client";
import { execute, statement } from "./sql";

const enrollUser = statement(
  "card-states.enroll-user",
  `INSERT INTO "CardState" ("id", "userId", "cardId", "due", "newPosition")
   SELECT gen_random_uuid()::text, $1, c."id", $2, c."position"
   FROM "Card" c
   JOIN "Deck" d ON d."id" = c."deckId"
   WHERE (d."ownerId" IS NULL OR d."ownerId" = $1)
     AND c."retiredAt" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = $1 AND s."cardId" = c."id")
   ON CONFLICT ("userId", "cardId") DO NOTHING`,
);

const enrollAllUsers = statement(
  "card-states.enroll-deck",
  `INSERT INTO "CardState" ("id", "userId", "cardId", "due", "newPosition")
   SELECT gen_random_uuid()::text, u."id", c."id", $2, c."position"
   FROM "Card" c
   JOIN "Deck" d ON d."id" = c."deckId"
   JOIN "User" u ON d."ownerId" IS NULL OR d."ownerId" = u."id"
   WHERE c."deckId" = $1 AND c."retiredAt" IS NULL
   ON CONFLICT ("userId", "cardId") DO NOTHING`,
);

/**
 * Gives the user a New state for every live card of every deck they may
 * study (shared decks and their own). Idempotent.
 */
export function enrollUserInDecks(db: Db, userId: string, now: Date = new Date()): Promise<number> {
  return execute(db.pool, enrollUser, [userId, now]);
}

/** Enrolls every user in a deck's cards (after a shared deck is seeded or updated). */
export function enrollAllUsersInDeck(db: Db, deckId: string, now: Date = new Date()): Promise<number> {
  return execute(db.pool, enrollAllUsers, [deckId, now]);
}
