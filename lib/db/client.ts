import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/client";
import { createAppPool } from "./pool";
import { databaseUrl } from "../env";

/** The one database handle: Prisma for cold paths, the same pg pool for typed SQL on the hot path. */
export interface Db {
  prisma: PrismaClient;
  pool: pg.Pool;
}

// A registry symbol on globalThis: Next.js bundles this module more than once, and dev
// hot reload re-evaluates it; every copy must find the same pool.
const DB = Symbol.for("claimdeck.db");
const registry = globalThis as unknown as { [DB]?: Db };

function connect(): Db {
  const pool = createAppPool(databaseUrl());
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { prisma, pool };
}

export function getDb(): Db {
  registry[DB] ??= connect();
  return registry[DB];
}

/** Closes the pool (scripts and tests; the server keeps it for its lifetime). */
export async function closeDb(): Promise<void> {
  const db = registry[DB];
  if (!db) return;
  delete registry[DB];
  await db.prisma.$disconnect();
}

export type { PrismaClient };
