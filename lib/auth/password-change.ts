import type { Db } from "../db/client";
import { findUserById, replacePassword } from "../db/users";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import { forgetSessions } from "./session-standing";
import type { SessionUser } from "./session-cookie";
import { requireStrongPassword } from "./sign-up";
import { clearSignInFailures, throttleSignIn, type Throttled } from "./throttle";

export type PasswordChangeOutcome = { status: "changed"; user: SessionUser } | ({ status: "throttled" } & Throttled);

/**
 * Replaces the password after checking the current one, and ends every session: a stolen session
 * or password stops working. Guesses at the current password count as sign-in attempts.
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<PasswordChangeOutcome> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError(401, "Sign in to continue.");
  if (!user.passwordHash) {
    throw new AppError(400, "This account signs in with GitHub or Google and has no password.", "currentPassword");
  }
  const throttled = await throttleSignIn(user.email, address);
  if (throttled) return { status: "throttled", ...throttled };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(400, "That is not your current password.", "currentPassword");
  }
  await clearSignInFailures(user.email);
  requireStrongPassword(input.newPassword, user, "newPassword");
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, "Choose a password different from your current one.", "newPassword");
  }
  const sessionVersion = await replacePassword(db, userId, await hashPassword(input.newPassword));
  forgetSessions({ userId });
  return { status: "changed", user: { id: user.id, email: user.email, name: user.name, sessionVersion } };
}
