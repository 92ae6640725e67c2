import pg from "pg";
import { env } from "../env";

/**
 * Typed SQL for the hot path. Each statement has a name, so pg prepares it once per
 * connection and later runs skip parsing and planning; the Row type parameter names
 * what a query returns.
 */
export interface Statement<Row> {
  readonly name: string;
  readonly text: string;
  /** Never set: carries the row type. */
  readonly row?: Row;
}

export function statement<Row = never>(name: string, text: string): Statement<Row> {
  return { name, text };
}

/** A pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, "query">;

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

// Prisma stores UTC instants in `timestamp without time zone` columns.
const utcTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_WITHOUT_TIME_ZONE) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Dates are sent as UTC ISO strings, which timestamp columns store as given. */
function toParameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

// The embedded database serves every connection from one session, where statement
// names from separate pools would collide; it runs them unnamed.
function run<Row extends pg.QueryResultRow>(db: Queryable, sql: Statement<Row>, params: unknown[]) {
  const name = env().CLAIMDECK_EMBEDDED_DB ? undefined : sql.name;
  return db.query<Row>({ name, text: sql.text, values: params.map(toParameter), types: utcTypes });
}

export async function queryRows<Row extends pg.QueryResultRow>(
  db: Queryable,
  sql: Statement<Row>,
  params: unknown[] = [],
): Promise<Row[]> {
  return (await run(db, sql, params)).rows;
}

export async function execute(db: Queryable, sql: Statement<never>, params: unknown[] = []): Promise<number> {
  return (await run(db, sql, params)).rowCount ?? 0;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "23505";
}

/** Runs `work` in one transaction on one pooled connection. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
