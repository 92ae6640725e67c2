/**
 * Deck generation off the request thread: a small pool of worker threads with a time limit per
 * article and a bounded queue. One slow article then costs one worker for at most the limit,
 * while sign-in, grading and every other request keep being answered.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import Tinypool from "tinypool";
import { AppError } from "../../errors";
import { GENERATION_TIME_LIMIT_SECONDS } from "../../limits";
import type { GeneratedDeck } from "../types";
import type { GeneratorOutcome, GeneratorTask } from "./task";

export const GENERATION_TIME_LIMIT_MS = GENERATION_TIME_LIMIT_SECONDS * 1000;
const THREADS = 2;
/** Articles waiting for a thread; more are refused with 503 rather than held in memory. */
const MAX_QUEUED = 4;
const RETRY_AFTER_SECONDS = 30;

export const WORKER_FILE = path.join(process.cwd(), ".build", "generator-task.mjs");

// One pool per process, wherever Next.js bundles this module.
const POOL = Symbol.for("claimdeck.generatorPool");
const registry = globalThis as unknown as { [POOL]?: Tinypool };

function pool(): Tinypool {
  if (!registry[POOL]) {
    if (!existsSync(WORKER_FILE)) throw new Error(`${WORKER_FILE} is missing: run npm run build:worker.`);
    registry[POOL] = new Tinypool({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads: THREADS,
      maxQueue: MAX_QUEUED,
      idleTimeout: 5 * 60_000,
    });
  }
  return registry[POOL];
}

const busy = () =>
  new AppError(503, "Many articles are being processed right now. Please try again in a minute.", undefined, {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });

/**
 * Generates the deck in a worker. Past the time limit the worker is stopped and the answer is a
 * 422: the article is well-formed but too much to process, and sending it again will not help.
 */
export async function generateInWorker(
  task: GeneratorTask,
  { timeLimitMs = GENERATION_TIME_LIMIT_MS } = {},
): Promise<{ text: string; deck: GeneratedDeck }> {
  let outcome: GeneratorOutcome;
  try {
    outcome = await pool().run(task, { signal: AbortSignal.timeout(timeLimitMs) });
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") {
      throw new AppError(
        422,
        `This article took too long to process (over ${Math.ceil(timeLimitMs / 1000)} seconds). ` +
          "Try a shorter article, or split it into parts.",
      );
    }
    if (error instanceof Error && /queue is at limit|No task queue available/i.test(error.message)) {
      throw busy();
    }
    throw error;
  }
  if (!outcome.ok) throw new AppError(outcome.status, outcome.message);
  return outcome;
}
