import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { enrollUserInDecks } from "./card-states";
import { AppError } from "../errors";

export class EmailTakenError extends AppError {
  constructor() {
    super(409, "An account with this email already exists. Sign in instead.", "email");
  }
}

export async function createUserWithPassword(
  db: Db,
  input: { email: string; passwordHash: string; name?: string; timeZone?: string },
) {
  try {
    const user = await db.prisma.user.create({
      data: {
        email: input.email,
        passwordHash: input.passwordHash,
        name: input.name || null,
        settings: { create: input.timeZone ? { timeZone: input.timeZone } : {} },
      },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
    await enrollUserInDecks(db, user.id);
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

const SIGN_IN_FIELDS = { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } as const;

export function findUserForSignIn(db: Db, email: string) {
  return db.prisma.user.findUnique({ where: { email }, select: SIGN_IN_FIELDS });
}

export function findUserById(db: Db, id: string) {
  return db.prisma.user.findUnique({ where: { id }, select: SIGN_IN_FIELDS });
}

/** Sets a new password and ends every session signed in with the old one; returns the new session version. */
export async function replacePassword(db: Db, userId: string, passwordHash: string): Promise<number> {
  const user = await db.prisma.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}
