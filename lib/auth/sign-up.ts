import type { PrismaClient } from "../db/client";
import { createUserWithPassword, EmailTakenError } from "../db/users";
import { AppError } from "../errors";
import type { SignUpInput } from "./credentials-schema";
import { hashPassword } from "./password";

/** Creates an account with a password; a taken email is the student's to fix, so it becomes a 409 on `email`. */
export async function signUpWithPassword(prisma: PrismaClient, input: SignUpInput) {
  try {
    return await createUserWithPassword(prisma, {
      email: input.email,
      name: input.name,
      timeZone: input.timeZone,
      passwordHash: await hashPassword(input.password),
    });
  } catch (error) {
    if (error instanceof EmailTakenError) throw new AppError(409, error.message, "email");
    throw error;
  }
}
