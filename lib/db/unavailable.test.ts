import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { PrismaClient } from "./generated/client";
import { isDatabaseUnavailable } from "./unavailable";

/** A loopback port that nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("the work did not fail");
}

describe("isDatabaseUnavailable", () => {
  it("recognises pg's refused connection", async () => {
    const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/x` });
    const error = await caught(() => client.connect());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises Prisma's error through the pg adapter", async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/x` });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    const error = await caught(() => prisma.user.count());
    await prisma.$disconnect().catch(() => {});
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a server that is shutting down or restarting", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves ordinary failures alone", () => {
    expect(isDatabaseUnavailable(new AppError(404, "Not found"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
