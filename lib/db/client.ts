import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { createAppPool } from "./pool";
import { registerPool } from "./sql";

const globalForPrisma = globalThis as unknown as { claimdeckPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const pool = createAppPool(url);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerPool(client, pool);
  return client;
}

/** One client per process; dev hot reload must not open a new pool per edit. */
export function getPrisma(): PrismaClient {
  globalForPrisma.claimdeckPrisma ??= createClient();
  return globalForPrisma.claimdeckPrisma;
}

export type { PrismaClient };
