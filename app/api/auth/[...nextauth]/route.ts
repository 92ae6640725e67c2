import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so that building the app needs no database.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
