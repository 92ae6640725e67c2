import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { generateDeck } from "../generate";
import { generateInWorker } from "./pool";

const seed = readFileSync(
  path.join(import.meta.dirname, "../../../prisma/seed-data/cancer-metastasis-review.txt"),
  "utf8",
);

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof AppError) return error;
  throw new Error(`expected an AppError, got ${String(error)}`);
}

describe("generateInWorker", () => {
  it("makes the same deck in a worker thread as in the caller's", async () => {
    const { text, deck } = await generateInWorker({ text: seed });
    expect(text).toBe(seed);
    expect(deck).toEqual(generateDeck(seed));
  });

  it("decodes uploaded bytes in the worker", async () => {
    const { deck } = await generateInWorker({ bytes: new TextEncoder().encode(seed), name: "seed.txt" });
    expect(deck.cards.length).toBeGreaterThan(10);
  });

  it("returns the worker's refusals as AppErrors with their status", async () => {
    const error = await refusal(generateInWorker({ bytes: new Uint8Array([0x7f, 0x45, 0, 1]), name: "a.bin" }));
    expect(error).toMatchObject({ status: 400, message: "a.bin is not a text or PDF file." });
  });

  it("stops an article that runs past the time limit with a 422, and keeps serving the next", async () => {
    const slow = `${seed}\n\n`.repeat(40);
    const started = performance.now();
    const error = await refusal(generateInWorker({ text: slow }, { timeLimitMs: 100 }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/took too long to process/);
    expect((await generateInWorker({ text: seed })).deck.cards.length).toBeGreaterThan(10);
  });

  it("keeps the calling thread free while a worker generates", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await generateInWorker({ text: `${seed}\n\n`.repeat(6) });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });
});
