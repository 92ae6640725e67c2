/**
 * npm run bench:progress
 *
 * Seeds one student with 5,000 cards and 100,000 review logs (a history simulated through the
 * app's FSRS scheduler) and times the progress dashboard's data, everything /progress shows.
 * 20 loads after 3 warm-up loads, then 5 loads that each first find the stored recall history
 * gone and rebuild all 89 finished days from the logs (what a student meets after a settings
 * change, a re-import or an undo of an old review). Prints p50 and p99 of the 20 loads, and the
 * rebuilds' p50 and worst, against the target: under 300 ms of server time.
 *
 * It writes to `<database>_bench_progress` beside the configured DATABASE_URL (or to an
 * embedded database of its own), never to the database you develop against.
 */
import pg from "pg";
import { relaunchAgainstBenchDatabase } from "../bench-database";
import { closeDb, getDb } from "../../lib/db/client";
import { loadProgressDashboard } from "../../lib/db/progress/load";
import { BENCH_DECK, BENCH_USER, seedProgressDataset } from "./dataset";

const CARDS = Number(process.env.BENCH_CARDS ?? 5000);
const LOGS = Number(process.env.BENCH_LOGS ?? 100_000);
const LOADS = 20;
const WARMUP_LOADS = 3;
const REBUILD_LOADS = 5;
const TARGET_MS = 300;
const SUFFIX = "_bench_progress";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure() {
  const now = new Date();
  const seedPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  await seedProgressDataset(seedPool, CARDS, LOGS, now);
  await seedPool.end();

  const db = getDb();
  const times: number[] = [];
  const rebuilds: number[] = [];
  let summary = "";
  for (let run = 0; run < WARMUP_LOADS + LOADS + REBUILD_LOADS; run++) {
    const rebuild = run >= WARMUP_LOADS + LOADS;
    if (rebuild) await db.pool.query(`DELETE FROM "RecallSnapshot" WHERE "userId" = $1`, [BENCH_USER]);
    const started = performance.now();
    const dashboard = await loadProgressDashboard(db, BENCH_USER, BENCH_DECK, new Date());
    const elapsed = performance.now() - started;
    if (rebuild) rebuilds.push(elapsed);
    else if (run >= WARMUP_LOADS) times.push(elapsed);
    if (!dashboard) throw new Error("the bench deck did not load");
    const { overall } = dashboard;
    summary =
      `recall now ${(overall.recallNow * 100).toFixed(1)}%, coverage ${(overall.coverage * 100).toFixed(1)}%, ` +
      `${overall.mastered} mastered, ${dashboard.activity.totalReviews} reviews in the last year`;
  }
  await closeDb();
  const worstRebuild = Math.max(...rebuilds);
  const sorted = [...times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  console.log(`dashboard: ${summary}`);
  console.log(`progress dashboard data, ${LOADS} loads: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  console.log(
    `loads rebuilding the whole 90-day history, ${REBUILD_LOADS} loads: ` +
      `p50 ${percentile(
        [...rebuilds].sort((a, b) => a - b),
        50,
      ).toFixed(1)} ms, worst ${worstRebuild.toFixed(1)} ms`,
  );
  const verdict = (ms: number) => (ms < TARGET_MS ? "met" : "NOT met");
  console.log(`  target: under ${TARGET_MS} ms of server time: ${verdict(p99)} (p99 of the ${LOADS} loads)`);
  console.log(`  the same target for a load that rebuilds the history: ${verdict(worstRebuild)} (worst rebuild)`);
}

if (process.argv.includes("--measure")) {
  measure().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  relaunchAgainstBenchDatabase("scripts/bench-progress/main.ts", SUFFIX, "bench-progress");
}
