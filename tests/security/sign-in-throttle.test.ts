import { randomInt, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { throttleSignUp } from "@/lib/auth/throttle";
import { createUserWithPassword } from "@/lib/db/users";
import {
  SIGN_IN_ATTEMPTS_PER_ACCOUNT,
  SIGN_IN_ATTEMPTS_PER_ADDRESS,
  SIGN_IN_WINDOW_SECONDS,
  SIGN_UPS_PER_ADDRESS,
} from "@/lib/limits";
import { db } from "../helpers/fixtures";

const PASSWORD = "correct horse battery staple";
// Addresses from the documentation ranges, fresh per test, so counts from earlier runs never interfere.
const freshAddress = () => `203.0.113.${randomInt(1, 255)}-${randomUUID().slice(0, 8)}`;

async function account() {
  const email = `throttle-${randomUUID()}@example.test`;
  await createUserWithPassword(db, { email, passwordHash: await hashPassword(PASSWORD) });
  return email;
}

describe("sign-in throttling", () => {
  it("refuses an account after its limit of failures, even with the right password, and says how long", async () => {
    const email = await account();
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_ACCOUNT; attempt++) {
      // A different address each time: the account's own count is what stops a distributed guesser.
      expect(await signInWithPassword(db, { email, password: `guess ${attempt}` }, freshAddress())).toEqual({
        status: "refused",
      });
    }
    const outcome = await signInWithPassword(db, { email, password: PASSWORD }, freshAddress());
    expect(outcome).toMatchObject({
      status: "throttled",
      message: "Too many sign-in attempts. Try again in 15 minutes.",
    });
    expect(outcome.status === "throttled" && outcome.retryAfterSeconds).toBeGreaterThan(SIGN_IN_WINDOW_SECONDS - 5);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const email = await account();
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_ACCOUNT - 1; attempt++) {
      await signInWithPassword(db, { email, password: "wrong" }, freshAddress());
    }
    expect(await signInWithPassword(db, { email, password: PASSWORD }, freshAddress())).toMatchObject({
      status: "signed-in",
    });
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_ACCOUNT - 1; attempt++) {
      expect(await signInWithPassword(db, { email, password: "wrong" }, freshAddress())).toEqual({ status: "refused" });
    }
  });

  it("refuses an address after its limit, whatever the accounts it tries", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_ADDRESS; attempt++) {
      const email = `nobody-${randomUUID()}@example.test`;
      expect(await signInWithPassword(db, { email, password: "guess" }, address)).toEqual({ status: "refused" });
    }
    const email = await account();
    expect(await signInWithPassword(db, { email, password: PASSWORD }, address)).toMatchObject({ status: "throttled" });
    expect(await signInWithPassword(db, { email, password: PASSWORD }, freshAddress())).toMatchObject({
      status: "signed-in",
    });
  });

  it("counts sign-ups per address", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < SIGN_UPS_PER_ADDRESS; attempt++) expect(await throttleSignUp(address)).toBeNull();
    expect(await throttleSignUp(address)).toMatchObject({
      message: "Too many accounts were created from your network. Try again in 60 minutes.",
    });
  });
});

describe("sign-in timing", () => {
  /** Median times of two attempts, taken in turns, so a change of machine load weighs on both alike. */
  async function pairedMediansMs(first: () => Promise<unknown>, second: () => Promise<unknown>, runs = 11) {
    const times: [number[], number[]] = [[], []];
    for (let run = 0; run < runs; run++) {
      for (const [index, attempt] of [first, second].entries()) {
        const start = performance.now();
        await attempt();
        times[index].push(performance.now() - start);
      }
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(runs / 2)];
    return times.map(median);
  }

  it("takes as long for an unknown email as for a wrong password on a real one", async () => {
    const email = await account();
    const existing = () => signInWithPassword(db, { email, password: "wrong password" }, freshAddress());
    const unknown = () =>
      signInWithPassword(db, { email: `nobody-${randomUUID()}@example.test`, password: "x" }, freshAddress());
    await unknown(); // the dummy hash is computed once per process
    const [existingMs, unknownMs] = await pairedMediansMs(existing, unknown);
    console.log(`sign-in median: existing email ${existingMs.toFixed(1)} ms, unknown email ${unknownMs.toFixed(1)} ms`);
    // Before the fix: 23 ms against 6 ms (a ratio of 0.26). Both now verify one argon2id hash.
    expect(unknownMs / existingMs).toBeGreaterThan(0.6);
    expect(unknownMs / existingMs).toBeLessThan(1.6);
  });
});
