import { NextResponse } from "next/server";
import type { Cookie } from "./session-cookie";
import type { Throttled } from "./throttle";

/** Where a refused no-JavaScript form goes back to, keeping where the visitor was headed. */
export function formPage(path: "/signin" | "/signup", callbackUrl: string, params: Record<string, string>) {
  return `${path}?${new URLSearchParams({ ...params, callbackUrl })}`;
}

/** A 303 to a path on this origin; relative, so it never depends on what the app thinks its host is. */
export function seeOther(path: string, headers: Record<string, string> = {}) {
  return new NextResponse(null, { status: 303, headers: { location: path, ...headers } });
}

export function withCookie(response: NextResponse, cookie: Cookie): NextResponse {
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/** 429 with Retry-After; a browser's plain form post is sent back to its page, which explains the wait. */
export function throttledResponse(throttled: Throttled, formPath: string | null) {
  const retryAfter = { "retry-after": String(throttled.retryAfterSeconds) };
  if (formPath) return seeOther(formPath, retryAfter);
  return NextResponse.json({ error: throttled.message }, { status: 429, headers: retryAfter });
}
