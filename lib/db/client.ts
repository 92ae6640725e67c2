import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { createAppPool } from "./pool";

const globalForPrisma = globalThis as unknown as { claimdeckPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg(createAppPool(url), { disposeExternalPool: true }) });
}

/** One client per process; dev hot reload must not open a new pool per edit. */
export function getPrisma(): PrismaClient {
  globalForPrisma.claimdeckPrisma ??= createClient();
  return globalForPrisma.claimdeckPrisma;
}

export type { PrismaClient };
