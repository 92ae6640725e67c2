import type { Db } from "./client";
import { queryRows, statement } from "./sql";

/** What decides whether a session token still counts: its user's version, and whether it was signed out. */
export interface SessionStanding {
  sessionVersion: number;
  revoked: boolean;
}

// Runs on a cache miss of the per-request session check (lib/auth/session-standing.ts): one
// primary-key lookup on each table.
const selectStanding = statement<SessionStanding>(
  "sessions.standing",
  `SELECT u."sessionVersion",
          EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sessionId" = $2) AS revoked
   FROM "User" u WHERE u.id = $1`,
);

/** Null when the user does not exist (deleted, or never did). */
export async function loadSessionStanding(db: Db, userId: string, sessionId: string): Promise<SessionStanding | null> {
  const [row] = await queryRows(db.pool, selectStanding, [userId, sessionId]);
  return row ?? null;
}

/** Records a signed-out session until its token would have expired; expired records are dropped here too. */
export async function revokeSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.prisma.revokedSession.createMany({ data: [{ sessionId, expiresAt }], skipDuplicates: true });
}

/** Ends every session of the user: tokens carry the old version from then on. Returns the new version. */
export async function bumpSessionVersion(db: Db, userId: string): Promise<number> {
  const user = await db.prisma.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}
