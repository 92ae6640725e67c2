import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { checkedAuthPost } from "@/lib/auth/auth-form-request";
import { authOptions } from "@/lib/auth/options";
import { handleRoute } from "@/lib/http";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that building the app needs no database.
function handler(request: NextRequest, context: Context) {
  return handleRoute(async () => {
    const checked = request.method === "POST" ? await checkedAuthPost(request) : request;
    return NextAuth(authOptions())(checked, context);
  });
}

export { handler as GET, handler as POST };
