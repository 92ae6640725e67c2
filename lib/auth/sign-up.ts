import type { Db } from "../db/client";
import { createUserWithPassword } from "../db/users";
import { AppError } from "../errors";
import type { SignUpInput } from "./credentials-schema";
import { hashPassword } from "./password";
import { passwordWeakness } from "./password-strength";

/** A 400 on `field` when the password is too easy to guess for this person (their email and name count). */
export function requireStrongPassword(
  password: string,
  person: { email?: string; name?: string | null },
  field = "password",
) {
  const weakness = passwordWeakness(password, person);
  if (weakness) throw new AppError(400, weakness, field);
}

/**
 * Creates an account with a password; a taken email is a 409 on `email` (EmailTakenError). Saying
 * so helps the person signing up and tells an attacker the email has an account; sign-up is
 * throttled per address (lib/auth/throttle.ts), which keeps that from becoming a bulk lookup.
 */
export async function signUpWithPassword(db: Db, input: SignUpInput) {
  requireStrongPassword(input.password, input);
  return createUserWithPassword(db, {
    email: input.email,
    name: input.name,
    timeZone: input.timeZone,
    passwordHash: await hashPassword(input.password),
  });
}
