/** The benchmark's student: one private deck of 10 topics x 500 cards and a simulated history. */
import type pg from "pg";
import { inTransaction } from "../../lib/db/sql";
import { DESIRED_RETENTION, simulateHistory, type SimulatedReview } from "./simulate";

export const BENCH_USER = "bench-progress-user";
export const BENCH_DECK = "bench-progress-deck";
const TOPICS = 10;
const CARDS_PER_CLAIM = 2;
const CHUNK = 10_000;

const cardId = (card: number) => `bench-card-${card}`;

async function insertStructure(client: pg.PoolClient, cards: number) {
  await client.query(`TRUNCATE "User", "Deck" CASCADE`);
  await client.query(`INSERT INTO "User" (id, email) VALUES ($1, 'bench-progress@bench.test')`, [BENCH_USER]);
  await client.query(
    `INSERT INTO "UserSettings" ("userId", "timeZone", "dayRolloverHour", "desiredRetention")
     VALUES ($1, 'Europe/Berlin', 4, $2)`,
    [BENCH_USER, DESIRED_RETENTION],
  );
  await client.query(
    `INSERT INTO "Deck" (id, "ownerId", title, "sourceKey", "topicLabel", "updatedAt")
     VALUES ($1, $2, 'Benchmark deck', 'bench:progress', 'mechanism', now())`,
    [BENCH_DECK, BENCH_USER],
  );
  await client.query(
    `INSERT INTO "Topic" (id, "deckId", slug, name, position)
     SELECT 'bench-topic-' || g, $1, 'topic-' || g, 'Mechanism ' || g, g FROM generate_series(0, $2::int - 1) g`,
    [BENCH_DECK, TOPICS],
  );
  const claims = Math.ceil(cards / CARDS_PER_CLAIM);
  await client.query(
    `INSERT INTO "Claim" (id, "deckId", "topicId", key, text, position)
     SELECT 'bench-claim-' || g, $1, 'bench-topic-' || (g % $3::int), 'claim-' || g,
            'Factor ' || g || ' drives outcome ' || g || '.', g
     FROM generate_series(0, $2::int - 1) g`,
    [BENCH_DECK, claims, TOPICS],
  );
  await client.query(
    `INSERT INTO "ClaimVariant" (id, "claimId", section, sentence, start, "end")
     SELECT 'bench-variant-' || g, 'bench-claim-' || g, 'Body',
            'Factor ' || g || ' drives outcome ' || g || ' [1].', 0, 30
     FROM generate_series(0, $1::int - 1) g`,
    [claims],
  );
  await client.query(
    `INSERT INTO "Card" (id, "deckId", "claimId", "topicId", key, type, prompt, answer, position, "sourceSection",
                         "sourceSentence", "sourceStart", "sourceEnd")
     SELECT 'bench-card-' || g, $1, 'bench-claim-' || (g / $3::int), 'bench-topic-' || ((g / $3::int) % $4::int),
            'card-' || g, 'CLOZE', 'Factor ' || g || ' drives _____.', 'outcome ' || g, g, 'Body',
            'Factor ' || g || ' drives outcome ' || g || '.', 0, 30
     FROM generate_series(0, $2::int - 1) g`,
    [BENCH_DECK, cards, CARDS_PER_CLAIM, TOPICS],
  );
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

async function insertReviews(client: pg.PoolClient, reviews: SimulatedReview[]) {
  for (let offset = 0; offset < reviews.length; offset += CHUNK) {
    const chunk = reviews.slice(offset, offset + CHUNK);
    const column = <T>(value: (review: SimulatedReview, index: number) => T) =>
      chunk.map((review, index) => value(review, offset + index));
    await client.query(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs",
         "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore",
         "learningStepsBefore", "repsBefore", "lapsesBefore", "lastReviewBefore",
         "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter")
       SELECT 'bench-log-' || n, $1, card, md5('bench' || n)::uuid::text, rating, at, 8000,
              sb, db, stb, dfb, sdb, lsb, rb, lb, lrb, sa, da, sta, dfa, sda, lsa
       FROM unnest($2::int[], $3::text[], $4::int[], $5::timestamp[], $6::int[], $7::timestamp[], $8::float8[],
                   $9::float8[], $10::int[], $11::int[], $12::int[], $13::int[], $14::timestamp[], $15::int[],
                   $16::timestamp[], $17::float8[], $18::float8[], $19::int[], $20::int[])
         AS t(n, card, rating, at, sb, db, stb, dfb, sdb, lsb, rb, lb, lrb, sa, da, sta, dfa, sda, lsa)`,
      [
        BENCH_USER,
        column((_, index) => index),
        column((review) => cardId(review.card)),
        column((review) => review.rating),
        column((review) => iso(review.reviewedAt)),
        column((review) => review.before.state),
        column((review) => iso(review.before.due)),
        column((review) => review.before.stability),
        column((review) => review.before.difficulty),
        column((review) => review.before.scheduledDays),
        column((review) => review.before.learningSteps),
        column((review) => review.before.reps),
        column((review) => review.before.lapses),
        column((review) => iso(review.before.lastReview)),
        column((review) => review.after.state),
        column((review) => iso(review.after.due)),
        column((review) => review.after.stability),
        column((review) => review.after.difficulty),
        column((review) => review.after.scheduledDays),
        column((review) => review.after.learningSteps),
      ],
    );
  }
}

/** Seeds the bench database from scratch (it belongs to the benchmark alone) and returns what it holds. */
export async function seedProgressDataset(pool: pg.Pool, cards: number, logs: number, now: Date) {
  const started = Date.now();
  const simulation = simulateHistory(cards, logs, new Date(0));
  // Shift the simulated clock so the last review happened half an hour ago.
  const shift = now.getTime() - 30 * 60_000 - simulation.reviews[simulation.reviews.length - 1].reviewedAt.getTime();
  const moved = (date: Date) => new Date(date.getTime() + shift);
  const movedOrNull = (date: Date | null) => (date ? moved(date) : null);
  const move = <T extends { due: Date; lastReview: Date | null }>(s: T): T => ({
    ...s,
    due: moved(s.due),
    lastReview: movedOrNull(s.lastReview),
  });
  const reviews = simulation.reviews.map((review) => ({
    ...review,
    reviewedAt: moved(review.reviewedAt),
    before: move(review.before),
    after: move(review.after),
  }));
  const states = simulation.states.map(move);
  await inTransaction(pool, async (client) => {
    await insertStructure(client, cards);
    await client.query(
      `INSERT INTO "CardState" (id, "userId", "cardId", state, due, stability, difficulty, "scheduledDays",
         "learningSteps", reps, lapses, "lastReview", "newPosition")
       SELECT 'bench-state-' || n, $1, 'bench-card-' || n,
              state, due, stability, difficulty, sd, ls, reps, lapses, lr, n
       FROM unnest($2::int[], $3::int[], $4::timestamp[], $5::float8[], $6::float8[], $7::int[], $8::int[],
                   $9::int[], $10::int[], $11::timestamp[])
         AS t(n, state, due, stability, difficulty, sd, ls, reps, lapses, lr)`,
      [
        BENCH_USER,
        states.map((_, index) => index),
        states.map((s) => s.state),
        states.map((s) => iso(s.due)),
        states.map((s) => s.stability),
        states.map((s) => s.difficulty),
        states.map((s) => s.scheduledDays),
        states.map((s) => s.learningSteps),
        states.map((s) => s.reps),
        states.map((s) => s.lapses),
        states.map((s) => iso(s.lastReview)),
      ],
    );
    await insertReviews(client, reviews);
  });
  await pool.query(`ANALYZE`);
  const firstReview = reviews[0].reviewedAt.toISOString().slice(0, 10);
  console.log(
    `dataset: 1 user, ${cards} cards in ${TOPICS} topics, ${reviews.length} review logs ` +
      `over ${simulation.days} days from ${firstReview} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
