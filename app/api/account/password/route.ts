import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { throttledResponse, withCookie } from "@/lib/auth/auth-response";
import { clientIp } from "@/lib/auth/client-ip";
import { passwordChangeSchema } from "@/lib/auth/credentials-schema";
import { changePassword } from "@/lib/auth/password-change";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Changes the password and signs out every session; this browser gets a fresh one and stays signed in. */
export function PUT(request: NextRequest) {
  return handleRoute(async () => {
    const { id } = await requireApiUser(request);
    const input = await parseJson(request, passwordChangeSchema);
    const outcome = await changePassword(getDb(), id, input, clientIp(request.headers));
    if (outcome.status === "throttled") return throttledResponse(outcome, null);
    const body = { message: "Password changed. You were signed out everywhere else." };
    return withCookie(NextResponse.json(body), await sessionCookie(outcome.user));
  });
}
