/**
 * npm run bench:review
 *
 * Seeds 2,000 users x 500 cards (1,000,000 card states with review history),
 * starts the production server, and measures "grade a card and get the next
 * one" over HTTP at 32 concurrent clients, next to the same two steps as raw
 * SQL through pg (the floor). Prints p50, p99, throughput and the ratios.
 *
 * It writes to `<database>_bench` beside the configured DATABASE_URL (or to an
 * embedded database of its own), never to the database you develop against.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { scheduleReview, type SchedulingState } from "../lib/scheduling/fsrs";
import { DEFAULT_SETTINGS } from "../lib/scheduling/settings";

const USERS = Number(process.env.BENCH_USERS ?? 2000);
const CARDS_PER_USER = Number(process.env.BENCH_CARDS ?? 500);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const WARMUP_MS = 3000;
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const PASSWORD = "bench-password";
const root = path.resolve(__dirname, "..");

function benchDatabaseUrl(): string | undefined {
  const configured = process.env.DATABASE_URL;
  if (!configured) return undefined;
  const url = new URL(configured);
  const name = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  url.pathname = `/${name.endsWith("_bench") ? name : `${name}_bench`}`;
  return url.toString();
}

// ---------- phase 1: relaunch under scripts/with-db.ts with the bench database ----------

function relaunch(): never | void {
  if (process.argv.includes("--measure")) return;
  const env: NodeJS.ProcessEnv = { ...process.env, CLAIMDECK_SKIP_SEED: "1" };
  const benchUrl = benchDatabaseUrl();
  if (benchUrl) env.DATABASE_URL = benchUrl;
  else delete env.DATABASE_URL;
  const child = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["scripts/with-db.ts", "bench", "--", path.join(root, "node_modules", ".bin", "tsx"), "scripts/bench-review.ts", "--measure"],
    { stdio: "inherit", env, cwd: root },
  );
  child.on("exit", (code) => process.exit(code ?? 1));
}

// ---------- dataset ----------

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

async function seedDataset(pool: pg.Pool) {
  // Every run starts from the same history: earlier runs have used up the cards due today.
  const started = Date.now();
  const passwordHash = await hashPassword(PASSWORD);
  await inTransaction(pool, async (client) => {
    // This database belongs to the benchmark alone (see benchDatabaseUrl).
    await client.query(`TRUNCATE "User", "Deck" CASCADE`);
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash") SELECT 'bench-user-' || g, 'bench-' || g || '@bench.test', $1 FROM generate_series(1, $2::int) g`,
      [passwordHash, USERS],
    );
    await client.query(`INSERT INTO "UserSettings" ("userId", "dailyNewLimit") SELECT id, 20 FROM "User" WHERE id LIKE 'bench-user-%'`);
    await client.query(`INSERT INTO "Deck" (id, title, "sourceKey", "updatedAt") VALUES ('bench-deck', 'Benchmark deck', 'bench:deck', now())`);
    await client.query(`INSERT INTO "Topic" (id, "deckId", slug, name, position) VALUES ('bench-topic', 'bench-deck', 'bench-topic', 'benchmark topic', 0)`);
    await client.query(
      `INSERT INTO "Claim" (id, "deckId", "topicId", key, text, position)
       SELECT 'bench-claim-' || g, 'bench-deck', 'bench-topic', 'claim-' || g, 'Benchmark claim ' || g || ' links factor ' || g || ' to outcome ' || g || '.', g
       FROM generate_series(1, $1::int) g`,
      [CARDS_PER_USER],
    );
    await client.query(
      `INSERT INTO "Card" (id, "deckId", "claimId", "topicId", key, type, prompt, answer, position, "sourceSection", "sourceSentence", "sourceStart", "sourceEnd")
       SELECT 'bench-card-' || g, 'bench-deck', 'bench-claim-' || g, 'bench-topic', 'card-' || g, 'CLOZE',
              'Benchmark claim ' || g || ' links factor ' || g || ' to _____.', 'outcome ' || g, g, 'Body',
              'Benchmark claim ' || g || ' links factor ' || g || ' to outcome ' || g || '.', 0, 40
       FROM generate_series(1, $1::int) g`,
      [CARDS_PER_USER],
    );
    // 70% of cards have been studied (due from 5 days ago to 30 days ahead), 30% are new.
    await client.query(
      `INSERT INTO "CardState" (id, "userId", "cardId", state, due, stability, difficulty, "scheduledDays", reps, lapses, "lastReview", "newPosition")
       SELECT u.id || ':' || c.position, u.id, c.id,
              CASE WHEN c.position % 10 < 7 THEN 2 ELSE 0 END,
              CASE WHEN c.position % 10 < 7 THEN now() + ((c.position * 7919 + abs(hashtext(u.id) % 100000)) % 3500 - 500) * interval '12 minutes'
                   ELSE now() END,
              CASE WHEN c.position % 10 < 7 THEN 3 + (c.position % 20) ELSE 0 END,
              CASE WHEN c.position % 10 < 7 THEN 4 + (c.position % 5) ELSE 0 END,
              CASE WHEN c.position % 10 < 7 THEN 3 ELSE 0 END,
              CASE WHEN c.position % 10 < 7 THEN 2 ELSE 0 END,
              0,
              CASE WHEN c.position % 10 < 7 THEN now() - interval '3 days' END,
              c.position
       FROM "User" u CROSS JOIN "Card" c
       WHERE u.id LIKE 'bench-user-%' AND c."deckId" = 'bench-deck'`,
    );
    // Two past reviews for each studied card.
    await client.query(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs",
         "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore", "repsBefore", "lapsesBefore",
         "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter")
       SELECT s.id || ':' || k, s."userId", s."cardId", md5(s.id || k)::uuid::text, 3, now() - (k * 4) * interval '1 day', 4000,
              CASE WHEN k = 2 THEN 0 ELSE 2 END, now() - 9 * interval '1 day', 1, 5, 1, 0, 2 - k, 0,
              2, now() - 3 * interval '1 day', 3, 5, 3, 0
       FROM "CardState" s CROSS JOIN generate_series(1, 2) k
       WHERE s."userId" LIKE 'bench-user-%' AND s.state = 2`,
    );
  });
  await pool.query(`ANALYZE`);
  const counts = await pool.query<{ states: string; logs: string }>(
    `SELECT (SELECT count(*) FROM "CardState" WHERE "userId" LIKE 'bench-user-%')::text AS states,
            (SELECT count(*) FROM "ReviewLog" WHERE "userId" LIKE 'bench-user-%')::text AS logs`,
  );
  console.log(
    `dataset: ${USERS} users x ${CARDS_PER_USER} cards = ${counts.rows[0].states} card states, ${counts.rows[0].logs} review logs (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

// ---------- measurement helpers ----------

class ClientExhausted extends Error {}

interface Run {
  latencies: number[];
  errors: number;
  elapsedMs: number;
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(label: string, run: Run) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const result = {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    throughput: (run.latencies.length / run.elapsedMs) * 1000,
  };
  console.log(
    `${label.padEnd(34)} n=${String(run.latencies.length).padStart(6)}  p50=${result.p50.toFixed(2).padStart(7)} ms  p99=${result.p99.toFixed(2).padStart(7)} ms  ` +
      `throughput=${result.throughput.toFixed(0).padStart(5)}/s  errors=${run.errors}`,
  );
  return result;
}

/**
 * Runs `step` in `CLIENTS` concurrent loops. A step returns the milliseconds of
 * its measured part (grade + next card); steps started in the warm-up don't count.
 */
async function runClients(step: (client: number) => Promise<number>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const stopAt = measureFrom + DURATION_MS;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() < stopAt) {
        const t0 = performance.now();
        try {
          const latency = await step(client);
          if (t0 >= measureFrom) latencies.push(latency);
        } catch (error) {
          errors++;
          if (errors <= 3) console.error(String(error));
          if (error instanceof ClientExhausted) return;
        }
      }
    }),
  );
  return { latencies, errors, elapsedMs: performance.now() - Math.max(start, measureFrom) };
}

async function timed(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

// ---------- HTTP: the app ----------

function startServer(): Promise<ChildProcess> {
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "16" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${PORT}/api/auth/csrf`);
        if (response.ok) return resolve(server);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error("the server did not start within 60 s"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

async function signIn(email: string): Promise<string> {
  const base = `http://127.0.0.1:${PORT}`;
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = cookiesFrom(csrfResponse);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = cookiesFrom(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session;
}

interface NextCard {
  cardId: string;
  version: number;
}

const USERS_PER_CLIENT = 8;

/** Bench users for one run, from a random offset so repeated runs find cards still due. */
function pickUsers(count: number): number[] {
  const offset = Math.floor(Math.random() * USERS);
  return Array.from({ length: count }, (_, i) => ((offset + i) % USERS) + 1);
}

async function benchHttp() {
  const base = `http://127.0.0.1:${PORT}`;
  const users = pickUsers(CLIENTS * USERS_PER_CLIENT);
  // Sign everyone in before measuring: argon2 is deliberately slow and would skew the figures.
  const sessions: string[] = [];
  for (let i = 0; i < users.length; i += 8) {
    sessions.push(...(await Promise.all(users.slice(i, i + 8).map((n) => signIn(`bench-${n}@bench.test`)))));
  }
  const owner = Array.from({ length: CLIENTS }, (_, client) => client * USERS_PER_CLIENT);
  const current: (NextCard | null)[] = [];
  async function loadFirstCard(client: number) {
    const response = await fetch(`${base}/api/review/queue`, { headers: { cookie: sessions[owner[client]] } });
    current[client] = ((await response.json()) as { cards: NextCard[] }).cards[0] ?? null;
  }
  await Promise.all(Array.from({ length: CLIENTS }, (_, client) => loadFirstCard(client)));
  const handlerTimes: number[] = [];
  const run = await runClients(async (client) => {
    while (!current[client]) {
      owner[client]++;
      if (owner[client] >= (client + 1) * USERS_PER_CLIENT) throw new ClientExhausted(`client ${client}: its users have nothing left to review`);
      await loadFirstCard(client);
    }
    const card = current[client]!;
    return timed(async () => {
      const response = await fetch(`${base}/api/reviews`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: sessions[owner[client]] },
        body: JSON.stringify({ cardId: card.cardId, rating: 3, clientReviewId: randomUUID(), expectedVersion: card.version, durationMs: 3000 }),
      });
      const body = (await response.json()) as { next: NextCard | null; error?: string };
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${body.error}`);
      current[client] = body.next;
      const handlerMs = Number(response.headers.get("server-timing")?.match(/dur=([\d.]+)/)?.[1]);
      if (Number.isFinite(handlerMs)) handlerTimes.push(handlerMs);
    });
  });
  return { run, handlerTimes: handlerTimes.slice(-run.latencies.length) };
}

// ---------- raw SQL: the floor ----------

interface StateRow extends SchedulingState {
  id: string;
  version: number;
}

const NEXT_CARD_SQL = `
  (SELECT s."cardId", s.version, c.prompt, c.answer FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
   WHERE s."userId" = $1 AND s.suspended = false AND s.state IN (1, 2, 3) AND s.due <= now() AND c."retiredAt" IS NULL AND s."cardId" <> $2
   ORDER BY s.due LIMIT 1)
  UNION ALL
  (SELECT s."cardId", s.version, c.prompt, c.answer FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
   WHERE s."userId" = $1 AND s.suspended = false AND s.state = 0 AND c."retiredAt" IS NULL AND s."cardId" <> $2
   ORDER BY s."newPosition" LIMIT 1)
  LIMIT 1`;

async function benchRawSql(pool: pg.Pool) {
  const users = pickUsers(CLIENTS * USERS_PER_CLIENT);
  let nextUser = 0;
  const userIds: string[] = [];
  const current: (string | null)[] = [];
  async function switchUser(client: number) {
    userIds[client] = `bench-user-${users[nextUser++ % users.length]}`;
    current[client] = (await pool.query<{ cardId: string }>(NEXT_CARD_SQL, [userIds[client], ""])).rows[0]?.cardId ?? null;
  }
  await Promise.all(Array.from({ length: CLIENTS }, (_, client) => switchUser(client)));
  return runClients(async (client) => {
    while (!current[client]) await switchUser(client);
    const userId = userIds[client];
    const cardId = current[client]!;
    return timed(async () => {
      await inTransaction(pool, async (connection) => {
        const { rows } = await connection.query<StateRow>(
          `SELECT id, state, due, stability, difficulty, "scheduledDays", "learningSteps", reps, lapses, "lastReview", version
           FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2 FOR UPDATE`,
          [userId, cardId],
        );
        const before = rows[0];
        const now = new Date();
        const after = scheduleReview(DEFAULT_SETTINGS, before, now, 3);
        await connection.query(
          `UPDATE "CardState" SET state = $2, due = $3, stability = $4, difficulty = $5, "scheduledDays" = $6, "learningSteps" = $7,
             reps = $8, lapses = $9, "lastReview" = $10, version = version + 1 WHERE id = $1`,
          [rows[0].id, after.state, after.due, after.stability, after.difficulty, after.scheduledDays, after.learningSteps, after.reps, after.lapses, after.lastReview],
        );
        await connection.query(
          `INSERT INTO "ReviewLog" (id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs", "stateBefore", "dueBefore",
             "stabilityBefore", "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore", "repsBefore", "lapsesBefore", "lastReviewBefore",
             "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter")
           VALUES ($1, $2, $3, $4, 3, $5, 3000, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
          [randomUUID(), userId, cardId, randomUUID(), now, before.state, before.due, before.stability, before.difficulty, before.scheduledDays,
            before.learningSteps, before.reps, before.lapses, before.lastReview, after.state, after.due, after.stability, after.difficulty,
            after.scheduledDays, after.learningSteps],
        );
      });
      current[client] = (await pool.query<{ cardId: string }>(NEXT_CARD_SQL, [userId, cardId])).rows[0]?.cardId ?? null;
    });
  });
}

async function measure() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: CLIENTS });
  await seedDataset(pool);
  console.log(`\nserver-side latency of "grade a card and get the next one", ${CLIENTS} concurrent clients, ${DURATION_MS / 1000} s each`);
  const server = await startServer();
  let app: ReturnType<typeof summarise>;
  try {
    const { run, handlerTimes } = await benchHttp();
    app = summarise("app, request over HTTP", run);
    summarise("app, inside the route handler", { ...run, latencies: handlerTimes });
  } finally {
    server.kill("SIGTERM");
  }
  const floor = summarise("raw SQL through pg (floor)", await benchRawSql(pool));
  console.log(
    `ratio app/floor: p50 ${(app.p50 / floor.p50).toFixed(2)}x, p99 ${(app.p99 / floor.p99).toFixed(2)}x, throughput ${(floor.throughput / app.throughput).toFixed(2)}x`,
  );
  console.log(`targets: p99 < 50 ms, <= 3x the floor, >= 500 graded reviews/s`);
  await pool.end();
}

if (process.argv.includes("--measure")) {
  measure().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  relaunch();
}
