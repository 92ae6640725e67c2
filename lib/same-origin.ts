import { env } from "./env";
import { AppError } from "./errors";

/**
 * Whether a state-changing request was sent by another site's page. Browsers send
 * Sec-Fetch-Site, or at least Origin, with every POST; a request with neither comes from a
 * program rather than a victim's browser, and cannot carry a forged cross-site intent.
 */
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isCrossSiteRequest(method: string, headers: Headers, publicUrl?: string): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file: pages) or garbage
  }
  const ownHosts = [headers.get("host"), headers.get("x-forwarded-host"), publicUrl ? new URL(publicUrl).host : null];
  return !ownHosts.includes(originHost);
}

/** Refuses, with a 403, a state-changing request that another site's page sent. */
export function assertSameSite(request: Request): void {
  if (isCrossSiteRequest(request.method, request.headers, env().NEXTAUTH_URL)) {
    throw new AppError(403, "Requests from other sites are not accepted.");
  }
}
