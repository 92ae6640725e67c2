import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { readAuthRequest, textField } from "@/lib/auth/auth-form";
import { formPage, seeOther, throttledResponse, withCookie } from "@/lib/auth/auth-response";
import { afterSignIn } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { signUpSchema } from "@/lib/auth/credentials-schema";
import { signUpErrorCode } from "@/lib/auth/form-errors";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { signUpWithPassword } from "@/lib/auth/sign-up";
import { throttleSignUp } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { handleRoute, validate } from "@/lib/http";

/** Creates an account and signs it in; JSON from the sign-up form, or a plain form without JavaScript. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const { fields, navigation } = await readAuthRequest(request);
    const callbackUrl = afterSignIn(textField(fields, "callbackUrl"));
    const backToForm = (params: Record<string, string>) => formPage("/signup", callbackUrl, params);
    // Every request counts, valid or not, so the "already exists" answer cannot be asked in bulk.
    const throttled = await throttleSignUp(clientIp(request.headers));
    if (throttled) {
      const retryAfter = String(throttled.retryAfterSeconds);
      return throttledResponse(throttled, navigation ? backToForm({ error: "throttled", retryAfter }) : null);
    }
    try {
      const user = await signUpWithPassword(getDb(), validate(signUpSchema, fields));
      const cookie = await sessionCookie(user);
      const body = { user: { id: user.id, email: user.email }, url: callbackUrl };
      return withCookie(navigation ? seeOther(callbackUrl) : NextResponse.json(body, { status: 201 }), cookie);
    } catch (error) {
      if (!navigation || !(error instanceof AppError)) throw error;
      return seeOther(backToForm({ error: signUpErrorCode(error.status, error.field) }));
    }
  });
}
