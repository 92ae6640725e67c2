import pg from "pg";
import { env } from "../env";

const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelNameColumns<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) {
    for (const field of fields) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }) {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const outcome = original(...args);
    return outcome instanceof Promise ? outcome.then(relabelNameColumns) : outcome;
  };
}

/**
 * A pg pool whose results report `name` columns as `text`.
 * @prisma/adapter-pg 6.19 cannot deserialize `name` (OID 19), which the
 * schema engine reads from pg_catalog during `migrate deploy`.
 */
export function createMigrationPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 1 });
  patchQuery(pool);
  pool.on("connect", (client) => patchQuery(client));
  return pool;
}

export function createAppPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: env().DATABASE_POOL_MAX, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by a database restart is an 'error' event: unheard, it would end the process.
  // The pool discards that connection and opens a new one on the next query.
  pool.on("error", (error) => console.error("[db] idle connection lost:", error.message));
  return pool;
}
