import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { readAuthRequest, textField } from "@/lib/auth/auth-form";
import { formPage, seeOther, throttledResponse, withCookie } from "@/lib/auth/auth-response";
import { afterSignIn } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { SIGN_IN_REFUSED, signInWithPassword } from "@/lib/auth/sign-in";
import { handleRoute } from "@/lib/http";

/**
 * Email and password sign-in. The sign-in form posts here as JSON, or as a plain form when the
 * browser runs no JavaScript; a plain form gets redirects instead of status codes.
 */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const { fields, navigation } = await readAuthRequest(request);
    const callbackUrl = afterSignIn(textField(fields, "callbackUrl"));
    const backToForm = (params: Record<string, string>) => formPage("/signin", callbackUrl, params);
    const outcome = await signInWithPassword(getDb(), fields, clientIp(request.headers));
    if (outcome.status === "throttled") {
      const retryAfter = String(outcome.retryAfterSeconds);
      return throttledResponse(outcome, navigation ? backToForm({ error: "throttled", retryAfter }) : null);
    }
    if (outcome.status === "refused") {
      if (navigation) return seeOther(backToForm({ error: "refused" }));
      return NextResponse.json({ error: SIGN_IN_REFUSED }, { status: 401 });
    }
    const cookie = await sessionCookie(outcome.user);
    return withCookie(navigation ? seeOther(callbackUrl) : NextResponse.json({ url: callbackUrl }), cookie);
  });
}
