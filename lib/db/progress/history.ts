import type { Db } from "../client";
import { execute, inTransaction, queryRows, type Statement } from "../sql";
import type pg from "pg";
import { env } from "../../env";
import type { KeyedStudyDay } from "../../progress/days";
import type { RecallSumRow } from "../../progress/history";
import type { ForgettingCurve } from "../../progress/retrievability";
import { planHistory, snapshotsToStore } from "../../progress/snapshots";
import { pruneSnapshots, saveSnapshots, selectRecallHistory } from "./statements";

/**
 * Runs an aggregate with JIT compilation off. The planner's estimate for the recall history
 * (generate_series counts as 1,000 rows) crosses jit_above_cost, and compiling then costs ~30 ms
 * to save nothing on a few hundred thousand rows. (The embedded database has no JIT, and its one
 * session must not hold a transaction open across other connections' statements.)
 */
export function withoutJit<Row extends pg.QueryResultRow>(db: Db, sql: Statement<Row>, params: unknown[]) {
  if (env().CLAIMDECK_EMBEDDED_DB) return queryRows(db.pool, sql, params);
  return inTransaction(db.pool, async (client) => {
    await client.query("SET LOCAL jit = off");
    return queryRows(client, sql, params);
  });
}

export interface HistoryRequest {
  userId: string;
  deckId: string;
  /** The finished days of the chart, oldest first (today is not among them). */
  past: KeyedStudyDay[];
  curve: ForgettingCurve;
  basis: string;
}

/**
 * The recall history's per-day sums: stored days whose basis still holds, and the rest rebuilt
 * from the review logs and stored for the next load.
 */
export async function loadRecallSums(
  db: Db,
  request: HistoryRequest,
  stored: Parameters<typeof planHistory>[1],
): Promise<RecallSumRow[]> {
  const { userId, deckId, past, curve, basis } = request;
  const plan = planHistory(past, stored, basis);
  if (plan.rebuildFrom >= past.length) return plan.kept;
  const rebuilt = past.slice(plan.rebuildFrom);
  const rows = await withoutJit(db, selectRecallHistory, [
    userId,
    deckId,
    rebuilt.map((day) => day.end.getTime() / 1000),
    curve.factor,
    curve.decay,
    rebuilt[0].start,
  ]);
  const snapshots = snapshotsToStore(past, plan.rebuildFrom, rows);
  await inTransaction(db.pool, async (client) => {
    await execute(client, saveSnapshots, [
      userId,
      deckId,
      basis,
      snapshots.map((snapshot) => snapshot.dayEnd.toISOString()),
      snapshots.map((snapshot) => JSON.stringify(snapshot.sums)),
    ]);
    await execute(client, pruneSnapshots, [userId, deckId, past[0].end]);
  });
  const shifted = rows.map((row) => ({ ...row, day: row.day + plan.rebuildFrom }));
  return [...plan.kept, ...shifted];
}
