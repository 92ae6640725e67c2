/**
 * npm run bench:review [-- --clients N] [--profile]
 *
 * Seeds 2,000 users x 500 cards (1,000,000 card states with review history), starts
 * the production server, and measures "grade a card and get the next one" over HTTP
 * next to the same two steps as raw SQL through pg (the floor), in alternating rounds:
 * at 32 concurrent clients, then at 4 (low load), or at N only. Prints p50, p99, throughput, errors by
 * kind and the ratios against the targets. --profile also samples the server's CPU
 * and prints where it went, per graded review.
 *
 * It writes to `<database>_bench` beside the configured DATABASE_URL (or to an
 * embedded database of its own), never to the database you develop against.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { relaunchAgainstBenchDatabase } from "../bench-database";
import { seedDataset, UserAllocator } from "./dataset";
import { mergeRuns, summarise, type Run, type Summary } from "./harness";
import { printProfiles } from "./profile";
import { benchHttp, benchRawSql } from "./scenarios";

const USERS = Number(process.env.BENCH_USERS ?? 2000);
const CARDS_PER_USER = Number(process.env.BENCH_CARDS ?? 500);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const WARMUP_MS = 2000;
const ROUNDS = 4;
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const root = path.resolve(__dirname, "../..");

function clientCounts(argv: string[]): number[] {
  const flag = argv.indexOf("--clients");
  const value = flag >= 0 ? Number(argv[flag + 1]) : Number(process.env.BENCH_CLIENTS ?? NaN);
  if (flag >= 0 && !(Number.isInteger(value) && value > 0)) throw new Error("--clients needs a positive whole number");
  return Number.isInteger(value) && value > 0 ? [value] : [32, 4];
}

function startServer(secret: string, profileDir: string | null): Promise<ChildProcess> {
  const profiling = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [...profiling, next, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_SECRET: secret,
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "16",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/api/auth/csrf`)).ok) return resolve(server);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error("the server did not start within 60 s"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

/** SIGTERM lets the server exit cleanly, which is when a CPU profile is written. */
function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

function report(clients: number, app: Summary, floor: Summary) {
  const ratio = floor.throughput / app.throughput;
  console.log(
    `ratio app/floor at ${clients} clients: p50 ${(app.p50 / floor.p50).toFixed(2)}x, ` +
      `p99 ${(app.p99 / floor.p99).toFixed(2)}x, throughput ${ratio.toFixed(2)}x`,
  );
  if (clients >= 32) console.log(`  target: throughput within 2.0x of the floor: ${ratio <= 2 ? "met" : "NOT met"}`);
  if (clients <= 4) {
    const met = app.p99 <= 2.5 * floor.p99 && app.p99 < 40;
    console.log(`  target: app p99 <= 2.5x the floor's p99 and under 40 ms: ${met ? "met" : "NOT met"}`);
  }
  if (app.errors > 0 || floor.errors > 0)
    console.log(`  errors: app ${app.errors}, floor ${floor.errors} (by kind above)`);
}

/**
 * App and floor alternate in ROUNDS short rounds, so a machine that gets busier or
 * quieter during the run (other processes, caches warming) weighs on both sides alike.
 */
async function measureAt(clients: number, context: { pool: pg.Pool; users: UserAllocator; secret: string }) {
  const options = { clients, warmupMs: WARMUP_MS, durationMs: DURATION_MS / ROUNDS };
  const app: Run[] = [];
  const handler: Run[] = [];
  const floor: Run[] = [];
  let graded = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const http = await benchHttp({ ...options, baseUrl: `http://127.0.0.1:${PORT}`, ...context });
    app.push(http.run);
    handler.push({ ...http.run, latencies: http.handlerTimes });
    graded += http.graded;
    floor.push(await benchRawSql({ ...options, ...context }));
  }
  console.log(
    `\n"grade a card and get the next one", ${clients} concurrent clients, ${ROUNDS} x ${DURATION_MS / ROUNDS / 1000} s each`,
  );
  const summary = { app: summarise("app, request over HTTP", mergeRuns(app)), graded };
  summarise("app, inside the route handler", mergeRuns(handler));
  return { ...summary, floor: summarise("raw SQL through pg (floor)", mergeRuns(floor)) };
}

async function measure() {
  const counts = clientCounts(process.argv);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Math.max(...counts) });
  await seedDataset(pool, { users: USERS, cardsPerUser: CARDS_PER_USER });
  const context = { pool, users: new UserAllocator(USERS), secret: randomBytes(32).toString("base64url") };
  const profileDir = process.argv.includes("--profile") ? mkdtempSync(path.join(tmpdir(), "claimdeck-prof-")) : null;
  const server = await startServer(context.secret, profileDir);
  const results: { clients: number; app: Summary; floor: Summary; graded: number }[] = [];
  try {
    for (const clients of counts) results.push({ clients, ...(await measureAt(clients, context)) });
  } finally {
    await stopServer(server);
  }
  if (profileDir)
    printProfiles(
      profileDir,
      results.reduce((sum, result) => sum + result.graded, 0),
    );
  console.log("");
  for (const { clients, app, floor } of results) report(clients, app, floor);
  await pool.end();
}

if (process.argv.includes("--measure")) {
  measure().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  relaunchAgainstBenchDatabase("scripts/bench-review/main.ts", "_bench", "bench");
}
