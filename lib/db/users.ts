import type { PrismaClient } from "./client";
import { Prisma } from "./generated/client";
import { enrollUserInDecks } from "./card-states";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists. Sign in instead.");
    this.name = "EmailTakenError";
  }
}

export async function createUserWithPassword(
  prisma: PrismaClient,
  input: { email: string; passwordHash: string; name?: string; timeZone?: string },
) {
  try {
    const user = await prisma.user.create({
      data: { email: input.email, passwordHash: input.passwordHash, name: input.name || null, settings: { create: input.timeZone ? { timeZone: input.timeZone } : {} } },
      select: { id: true, email: true, name: true },
    });
    await enrollUserInDecks(prisma, user.id);
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

export function findUserForSignIn(prisma: PrismaClient, email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}
