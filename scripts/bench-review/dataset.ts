/** The benchmark's data: users with a shared deck and a realistic review history. */
import pg from "pg";
import { State } from "../../lib/scheduling/fsrs";
import { inTransaction } from "../../lib/db/sql";

export interface DatasetSize {
  users: number;
  cardsPerUser: number;
}

const STUDIED = `c.position % 10 < 7`;

/** Every run starts from the same history: earlier runs have used up the cards due today. */
export async function seedDataset(pool: pg.Pool, size: DatasetSize) {
  const started = Date.now();
  await inTransaction(pool, async (client) => {
    // This database belongs to the benchmark alone (see benchDatabaseUrl in main.ts).
    await client.query(`TRUNCATE "User", "Deck" CASCADE`);
    await client.query(
      `INSERT INTO "User" (id, email) SELECT 'bench-user-' || g, 'bench-' || g || '@bench.test'
       FROM generate_series(1, $1::int) g`,
      [size.users],
    );
    await client.query(`INSERT INTO "UserSettings" ("userId", "dailyNewLimit") SELECT id, 20 FROM "User"`);
    await client.query(
      `INSERT INTO "Deck" (id, title, "sourceKey", "updatedAt") VALUES ('bench-deck', 'Benchmark deck', 'bench:deck', now())`,
    );
    await client.query(
      `INSERT INTO "Topic" (id, "deckId", slug, name, position)
       VALUES ('bench-topic', 'bench-deck', 'bench-topic', 'benchmark topic', 0)`,
    );
    await client.query(
      `INSERT INTO "Claim" (id, "deckId", "topicId", key, text, position)
       SELECT 'bench-claim-' || g, 'bench-deck', 'bench-topic', 'claim-' || g,
              'Benchmark claim ' || g || ' links factor ' || g || ' to outcome ' || g || '.', g
       FROM generate_series(1, $1::int) g`,
      [size.cardsPerUser],
    );
    await client.query(
      `INSERT INTO "Card" (id, "deckId", "claimId", "topicId", key, type, prompt, answer, position, "sourceSection",
                           "sourceSentence", "sourceStart", "sourceEnd")
       SELECT 'bench-card-' || g, 'bench-deck', 'bench-claim-' || g, 'bench-topic', 'card-' || g, 'CLOZE',
              'Benchmark claim ' || g || ' links factor ' || g || ' to _____.', 'outcome ' || g, g, 'Body',
              'Benchmark claim ' || g || ' links factor ' || g || ' to outcome ' || g || '.', 0, 40
       FROM generate_series(1, $1::int) g`,
      [size.cardsPerUser],
    );
    // 70% of cards have been studied (due from 5 days ago to 30 days ahead), 30% are new.
    await client.query(
      `INSERT INTO "CardState" (id, "userId", "cardId", state, due, stability, difficulty, "scheduledDays", reps, lapses,
                                "lastReview", "newPosition")
       SELECT u.id || ':' || c.position, u.id, c.id,
              CASE WHEN ${STUDIED} THEN ${State.Review} ELSE ${State.New} END,
              CASE WHEN ${STUDIED}
                   THEN now() + ((c.position * 7919 + abs(hashtext(u.id) % 100000)) % 3500 - 500) * interval '12 minutes'
                   ELSE now() END,
              CASE WHEN ${STUDIED} THEN 3 + (c.position % 20) ELSE 0 END,
              CASE WHEN ${STUDIED} THEN 4 + (c.position % 5) ELSE 0 END,
              CASE WHEN ${STUDIED} THEN 3 ELSE 0 END,
              CASE WHEN ${STUDIED} THEN 2 ELSE 0 END,
              0,
              CASE WHEN ${STUDIED} THEN now() - interval '3 days' END,
              c.position
       FROM "User" u CROSS JOIN "Card" c`,
    );
    // Two past reviews for each studied card.
    await client.query(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs",
         "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore",
         "learningStepsBefore", "repsBefore", "lapsesBefore",
         "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter")
       SELECT s.id || ':' || k, s."userId", s."cardId", md5(s.id || k)::uuid::text, 3,
              now() - (k * 4) * interval '1 day', 4000,
              CASE WHEN k = 2 THEN ${State.New} ELSE ${State.Review} END, now() - 9 * interval '1 day', 1, 5, 1, 0, 2 - k, 0,
              ${State.Review}, now() - 3 * interval '1 day', 3, 5, 3, 0
       FROM "CardState" s CROSS JOIN generate_series(1, 2) k
       WHERE s.state = ${State.Review}`,
    );
  });
  await pool.query(`ANALYZE`);
  const { rows } = await pool.query<{ states: string; logs: string }>(
    `SELECT (SELECT count(*) FROM "CardState")::text AS states, (SELECT count(*) FROM "ReviewLog")::text AS logs`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `dataset: ${size.users} users x ${size.cardsPerUser} cards = ${rows[0].states} card states, ` +
      `${rows[0].logs} review logs (${seconds} s)`,
  );
}

export const benchUserId = (n: number) => `bench-user-${n}`;

/** Hands out each user once across all phases, so every phase starts on users with cards still due. */
export class UserAllocator {
  private next = 1;
  constructor(private readonly total: number) {}

  take(): number | null {
    return this.next <= this.total ? this.next++ : null;
  }
}
