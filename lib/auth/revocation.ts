import type { Db } from "../db/client";
import { bumpSessionVersion, revokeSession } from "../db/sessions";
import { forgetSessions, type SessionClaims } from "./session-standing";

/** Signs out one session (this browser): its token is refused from now on, even if someone kept a copy. */
export async function endSession(db: Db, claims: SessionClaims, expiresAt: Date): Promise<void> {
  await revokeSession(db, claims.sessionId, expiresAt);
  forgetSessions({ sessionId: claims.sessionId });
}

/** Signs the user out on every device; returns the version that new sessions carry. */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  const version = await bumpSessionVersion(db, userId);
  forgetSessions({ userId });
  return version;
}
