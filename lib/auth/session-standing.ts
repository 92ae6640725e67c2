import type { Db } from "../db/client";
import { loadSessionStanding } from "../db/sessions";

/** The claims a session token carries besides next-auth's own: who, which session, which version. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  sessionVersion: number;
}

/** The claims of a decoded token, or null when any is missing (a token minted before sessions had them). */
export function sessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  const { sub, sid, sv } = token ?? {};
  if (typeof sub !== "string" || !sub || typeof sid !== "string" || !sid) return null;
  if (typeof sv !== "number" || !Number.isInteger(sv)) return null;
  return { userId: sub, sessionId: sid, sessionVersion: sv };
}

/**
 * How long a "still current" answer is reused before the database is asked again. Revocations on
 * this server take effect at once (forgetSessions); another app server sees them within this time.
 */
export const STANDING_TTL_MS = 10_000;
const MAX_REMEMBERED = 10_000;

interface Standing {
  userId: string;
  sessionId: string;
  current: boolean;
  checkedAt: number;
}

// On globalThis: Next.js bundles this module once per route, and the sign-out route must clear
// what the review routes remember.
const REGISTRY = Symbol.for("claimdeck.session-standing");
const registry = globalThis as unknown as { [REGISTRY]?: Map<string, Standing> };
const remembered = () => (registry[REGISTRY] ??= new Map());

const keyOf = (claims: SessionClaims) => `${claims.userId}\n${claims.sessionId}\n${claims.sessionVersion}`;

/**
 * Whether a (cryptographically valid) session is still current: its user exists, it was not signed
 * out, and no "sign out everywhere" or password change came after it. A refusal is final (versions
 * only grow, revocations stay), so it is remembered without expiry.
 */
export async function isSessionCurrent(db: Db, claims: SessionClaims, now = Date.now()): Promise<boolean> {
  const cache = remembered();
  const key = keyOf(claims);
  const known = cache.get(key);
  if (known && (!known.current || now - known.checkedAt < STANDING_TTL_MS)) return known.current;
  const standing = await loadSessionStanding(db, claims.userId, claims.sessionId);
  const current = standing !== null && !standing.revoked && standing.sessionVersion === claims.sessionVersion;
  if (!known && cache.size >= MAX_REMEMBERED) cache.delete(cache.keys().next().value!);
  cache.set(key, { userId: claims.userId, sessionId: claims.sessionId, current, checkedAt: now });
  return current;
}

/** Drops what this server remembers about one session, or all of a user's, after revoking them. */
export function forgetSessions(match: { userId: string } | { sessionId: string }) {
  const cache = remembered();
  for (const [key, standing] of cache) {
    if ("userId" in match ? standing.userId === match.userId : standing.sessionId === match.sessionId) {
      cache.delete(key);
    }
  }
}
