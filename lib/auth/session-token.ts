import type { NextRequest } from "next/server";
import { decode, getToken } from "next-auth/jwt";

/**
 * The user id of a request's session token. next-auth v4 tokens are JWEs, and
 * decoding one derives its key (HKDF) and decrypts it on every request, which is most
 * of a grade's CPU. A token that decrypted once stays valid until it expires, so it is
 * remembered by its exact text.
 */
const MAX_REMEMBERED = 10_000;
const verified = new Map<string, { userId: string; expiresAt: number }>();

function remember(token: string, userId: string, expiresAt: number) {
  if (verified.size >= MAX_REMEMBERED) verified.delete(verified.keys().next().value!);
  verified.set(token, { userId, expiresAt });
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

export async function sessionUserId(request: NextRequest, secret: string): Promise<string | null> {
  const token = await rawToken(request, secret);
  if (!token) return null;
  const known = verified.get(token);
  if (known && known.expiresAt > Date.now()) return known.userId;
  const payload = await decode({ token, secret }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== "number" || payload.exp * 1000 <= Date.now()) return null;
  remember(token, payload.sub, payload.exp * 1000);
  return payload.sub;
}
