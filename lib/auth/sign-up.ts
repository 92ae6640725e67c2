import type { Db } from "../db/client";
import { createUserWithPassword } from "../db/users";
import type { SignUpInput } from "./credentials-schema";
import { hashPassword } from "./password";

/** Creates an account with a password; a taken email is a 409 on `email` (EmailTakenError). */
export async function signUpWithPassword(db: Db, input: SignUpInput) {
  return createUserWithPassword(db, {
    email: input.email,
    name: input.name,
    timeZone: input.timeZone,
    passwordHash: await hashPassword(input.password),
  });
}
