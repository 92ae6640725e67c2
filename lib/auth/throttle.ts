import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getDb, type Db } from "../db/client";
import { env } from "../env";
import {
  SIGN_IN_ATTEMPTS_PER_ACCOUNT,
  SIGN_IN_ATTEMPTS_PER_ADDRESS,
  SIGN_IN_WINDOW_SECONDS,
  SIGN_UP_WINDOW_SECONDS,
  SIGN_UPS_PER_ADDRESS,
} from "../limits";

/** A refusal: how long until the next attempt counts, and what to tell the person. */
export interface Throttled {
  retryAfterSeconds: number;
  message: string;
}

type Limiter = RateLimiterPostgres;

// The embedded database serves every connection from one session, where the limiter's named
// statements would collide between connections (as in lib/db/sql.ts): there they run unnamed.
function limiterStore(db: Db) {
  if (!env().CLAIMDECK_EMBEDDED_DB) return db.pool;
  return { query: (query: { text: string; values?: unknown[] }) => db.pool.query(query.text, query.values) };
}

function limiter(keyPrefix: string, points: number, duration: number): Limiter {
  return new RateLimiterPostgres({
    storeClient: limiterStore(getDb()),
    storeType: "pool",
    // Created by a committed migration; the limiter never runs DDL.
    tableName: "rate_limit",
    tableCreated: true,
    keyPrefix,
    points,
    duration,
  });
}

interface Limiters {
  signInAccount: Limiter;
  signInAddress: Limiter;
  signUpAddress: Limiter;
}

let limiters: Limiters | undefined;

function allLimiters(): Limiters {
  limiters ??= {
    signInAccount: limiter("sign-in-account", SIGN_IN_ATTEMPTS_PER_ACCOUNT, SIGN_IN_WINDOW_SECONDS),
    signInAddress: limiter("sign-in-address", SIGN_IN_ATTEMPTS_PER_ADDRESS, SIGN_IN_WINDOW_SECONDS),
    signUpAddress: limiter("sign-up-address", SIGN_UPS_PER_ADDRESS, SIGN_UP_WINDOW_SECONDS),
  };
  return limiters;
}

// The store keeps keys, not addresses of mail: an email is hashed before it becomes one.
const accountKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

const isExempt = (address: string) => env().RATE_LIMIT_EXEMPT_IPS.includes(address);

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
const waitText = (seconds: number) => `${minutes(seconds)} minute${minutes(seconds) === 1 ? "" : "s"}`;

/** Counts one attempt on each limiter; the longest wait among those that refuse, or null. */
async function consumeAll(attempts: [Limiter, string][]): Promise<number | null> {
  let wait: number | null = null;
  for (const [limit, key] of attempts) {
    try {
      await limit.consume(key);
    } catch (refusal) {
      // Anything but a refusal (the database is down) is an error, not a reason to let the attempt through.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      wait = Math.max(wait ?? 0, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }
  return wait;
}

/** Counts a sign-in attempt on the account and on the address; refuses once either is over its limit. */
export async function throttleSignIn(email: string, address: string): Promise<Throttled | null> {
  const { signInAccount, signInAddress } = allLimiters();
  const attempts: [Limiter, string][] = [[signInAccount, accountKey(email)]];
  if (!isExempt(address)) attempts.push([signInAddress, address]);
  const wait = await consumeAll(attempts);
  if (wait === null) return null;
  return { retryAfterSeconds: wait, message: `Too many sign-in attempts. Try again in ${waitText(wait)}.` };
}

/** A successful sign-in clears the account's failures (the address count stays). */
export async function clearSignInFailures(email: string): Promise<void> {
  await allLimiters().signInAccount.delete(accountKey(email));
}

/** Counts a sign-up request from the address; refuses once the address is over its limit. */
export async function throttleSignUp(address: string): Promise<Throttled | null> {
  if (isExempt(address)) return null;
  const wait = await consumeAll([[allLimiters().signUpAddress, address]]);
  if (wait === null) return null;
  return {
    retryAfterSeconds: wait,
    message: `Too many accounts were created from your network. Try again in ${waitText(wait)}.`,
  };
}
