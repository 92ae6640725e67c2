import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { env } from "../env";
import { authSecret } from "./secret";

/** next-auth's default session lifetime (30 days); sign-in here and in next-auth use the same. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Whether cookies get the Secure flag and the `__Secure-` prefix: when the app's public URL is
 * https, as next-auth decides it (authOptions passes this same answer as useSecureCookies).
 */
export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
}

/** The claims a new session starts with; next-auth's jwt callback sets the same for OAuth sign-ins. */
export function newSessionClaims(user: { id: string; sessionVersion: number }) {
  return { sub: user.id, sid: randomUUID(), sv: user.sessionVersion };
}

export interface Cookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
}

/**
 * A session cookie as next-auth would set it after its own sign-in, so getServerSession, the
 * /api/auth routes and requireApiUser all read it.
 */
export async function sessionCookie(user: SessionUser): Promise<Cookie> {
  const token = { name: user.name, email: user.email, ...newSessionClaims(user) };
  const value = await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() } as const;
  return { name: sessionCookieName(), value, options: { ...options, maxAge: SESSION_MAX_AGE_SECONDS } };
}

/** Removes the session cookie (after "sign out everywhere"). */
export function clearedSessionCookie(): Cookie {
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() } as const;
  return { name: sessionCookieName(), value: "", options: { ...options, maxAge: 0 } };
}
