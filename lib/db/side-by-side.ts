import { env } from "../env";

/**
 * Runs independent queries at once on PostgreSQL, each on its own pooled connection. The embedded
 * database serves every connection from one session, where concurrent statements interleave and
 * break (unnamed statements, transactions), so there they run one after another.
 */
export async function sideBySide<T extends readonly unknown[]>(
  ...tasks: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!env().CLAIMDECK_EMBEDDED_DB) return (await Promise.all(tasks.map((task) => task()))) as unknown as T;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as unknown as T;
}
