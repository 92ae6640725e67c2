import type { NextRequest } from "next/server";
import { decode, getToken } from "next-auth/jwt";
import { getDb } from "../db/client";
import { isSessionCurrent, sessionClaims, type SessionClaims } from "./session-standing";

/**
 * The user id of a request's session token. next-auth v4 tokens are JWEs, and
 * decoding one derives its key (HKDF) and decrypts it on every request, which is most
 * of a grade's CPU. A token that decrypted once stays authentic until it expires, so its
 * claims are remembered by its exact text; whether the session still counts (signed out,
 * user deleted) is checked on every request, through its own short-lived cache.
 */
const MAX_REMEMBERED = 10_000;
const verified = new Map<string, { claims: SessionClaims; expiresAt: number }>();

function remember(token: string, claims: SessionClaims, expiresAt: number) {
  if (verified.size >= MAX_REMEMBERED) verified.delete(verified.keys().next().value!);
  verified.set(token, { claims, expiresAt });
}

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The token's text: one cookie in the common case; getToken also reassembles chunked cookies. */
async function rawToken(request: NextRequest, secret: string): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value) return value;
  }
  return (await getToken({ req: request, secret, raw: true })) || null;
}

async function authenticClaims(token: string, secret: string): Promise<SessionClaims | null> {
  const known = verified.get(token);
  if (known && known.expiresAt > Date.now()) return known.claims;
  const payload = await decode({ token, secret }).catch(() => null);
  if (typeof payload?.exp !== "number" || payload.exp * 1000 <= Date.now()) return null;
  const claims = sessionClaims(payload);
  if (claims) remember(token, claims, payload.exp * 1000);
  return claims;
}

export type SessionCheck = (claims: SessionClaims) => Promise<boolean>;

const checkAgainstDatabase: SessionCheck = (claims) => isSessionCurrent(getDb(), claims);

export async function sessionUserId(
  request: NextRequest,
  secret: string,
  isCurrent: SessionCheck = checkAgainstDatabase,
): Promise<string | null> {
  const token = await rawToken(request, secret);
  if (!token) return null;
  const claims = await authenticClaims(token, secret);
  if (!claims || !(await isCurrent(claims))) return null;
  return claims.userId;
}
