import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security-headers";

/**
 * Sets the pages' security headers, handing the CSP to Next.js so it puts the nonce on the
 * scripts it renders. API routes are not matched: Next.js buffers the body of every request a
 * proxy sees (and cuts it at 10 MB), while the routes read theirs within their own limits;
 * their headers come from next.config.js and their origin check from lib/http.ts.
 */
export function proxy(request: NextRequest) {
  const headers = securityHeaders({ production: process.env.NODE_ENV === "production" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers.get("content-security-policy") ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  headers.forEach((value, name) => response.headers.set(name, value));
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image).*)"],
};
