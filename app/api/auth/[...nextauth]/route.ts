import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { checkedAuthPost, withRelativeRedirect } from "@/lib/auth/auth-form-request";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { handleRoute } from "@/lib/http";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that building the app needs no database.
function handler(request: NextRequest, context: Context) {
  return handleRoute(async () => {
    const checked = request.method === "POST" ? await checkedAuthPost(request) : request;
    const response: Response = await NextAuth(authOptions())(checked, context);
    return withRelativeRedirect(response, env().NEXTAUTH_URL);
  });
}

export { handler as GET, handler as POST };
