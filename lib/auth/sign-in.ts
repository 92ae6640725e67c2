import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { findUserForSignIn } from "../db/users";
import { signInSchema } from "./credentials-schema";
import { hashPassword, verifyPassword } from "./password";
import type { SessionUser } from "./session-cookie";
import { clearSignInFailures, throttleSignIn, type Throttled } from "./throttle";

export const SIGN_IN_REFUSED = "That email and password don't match an account.";

export type SignInOutcome =
  { status: "signed-in"; user: SessionUser } | { status: "refused" } | ({ status: "throttled" } & Throttled);

// On globalThis: Next.js bundles this module separately for instrumentation.ts (which computes the hash at
// start-up) and for the sign-in route (which uses it); both must find the same one.
const DUMMY_HASH = Symbol.for("claimdeck.dummy-password-hash");
const registry = globalThis as unknown as { [DUMMY_HASH]?: Promise<string> };

/**
 * A hash of a random password with the same cost as real ones. Checking a password against it
 * for an unknown email makes "no such account" take as long as "wrong password", so timing does
 * not tell which emails have accounts.
 */
function hashForUnknownAccounts(): Promise<string> {
  registry[DUMMY_HASH] ??= hashPassword(randomBytes(24).toString("base64url"));
  return registry[DUMMY_HASH];
}

/** Checks an email and password, throttled per account and per address. */
export async function signInWithPassword(
  db: Db,
  credentials: { email?: unknown; password?: unknown },
  address: string,
): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { status: "refused" };
  const { email, password } = parsed.data;
  const throttled = await throttleSignIn(email, address);
  if (throttled) return { status: "throttled", ...throttled };
  const user = await findUserForSignIn(db, email);
  const matches = await verifyPassword(user?.passwordHash ?? (await hashForUnknownAccounts()), password);
  if (!user?.passwordHash || !matches) return { status: "refused" };
  await clearSignInFailures(email);
  return {
    status: "signed-in",
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}

/** Warms the dummy hash, so the first unknown email is not the one slow request that gives itself away. */
export function prepareSignIn(): Promise<unknown> {
  return hashForUnknownAccounts();
}
