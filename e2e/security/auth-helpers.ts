import { randomInt, randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type BrowserContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { PASSWORD, uniqueEmail } from "../helpers";

type Playwright = PlaywrightWorkerArgs["playwright"];

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * An address of the documentation ranges, new each call, so throttling counts never carry over between tests.
 * The server counts the last entry; drawn from the 254 addresses of 203.0.113.0/24, two tests could meet there
 * and fail the per-address limit, so it comes from 2001:db8::/32.
 */
export const freshAddress = () =>
  `198.51.100.${randomInt(1, 255)}, 2001:db8:${randomUUID().slice(0, 4)}::${randomUUID().slice(0, 4)}`;

/** A token as anyone holding `secret` could mint it. */
export function mintToken(claims: Record<string, unknown>, secret: string) {
  return encode({ token: claims, secret });
}

/** The secret the server under test runs with: scripts/with-db.ts hands the same one to both. */
export function serverSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set; run the e2e suite through scripts/with-db.ts");
  return secret;
}

/** A request context that sends `token` as its session cookie, and nothing else. */
export async function clientWithToken(playwright: Playwright, baseURL: string | undefined, token: string) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` } });
}

/** Creates an account over the API (which also signs the context in); returns its id and email. */
export async function signUpOverApi(request: APIRequestContext, label: string, password = PASSWORD) {
  const email = uniqueEmail(label);
  const response = await request.post("/api/signup", { data: { email, password } });
  expect(response.status()).toBe(201);
  const { user } = (await response.json()) as { user: { id: string } };
  return { id: user.id, email };
}

/** An account made in a request context of its own, which is then dropped: nobody stays signed in as it. */
export async function createAccount(playwright: Playwright, baseURL: string | undefined, label: string) {
  const context = await playwright.request.newContext({ baseURL });
  try {
    return await signUpOverApi(context, label);
  } finally {
    await context.dispose();
  }
}

export async function sessionTokenOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie, "a session cookie").toBeTruthy();
  return cookie!.value;
}

export const newSessionClaims = (userId: string, sessionVersion = 0) => ({
  sub: userId,
  sid: randomUUID(),
  sv: sessionVersion,
});
