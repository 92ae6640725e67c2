import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { withCookie } from "@/lib/auth/auth-response";
import { endAllSessions } from "@/lib/auth/revocation";
import { clearedSessionCookie } from "@/lib/auth/session-cookie";
import { handleRoute, requireApiUser } from "@/lib/http";

/** Ends every session of the user, this one included (a lost phone, a shared computer). */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const { id } = await requireApiUser(request);
    await endAllSessions(getDb(), id);
    return withCookie(NextResponse.json({ url: "/signin" }), clearedSessionCookie());
  });
}
