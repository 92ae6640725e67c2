// A stand-in origin for resolving relative URLs when the real one does not matter: only
// whether the result stays on it does.
const APP_ORIGIN = "http://app.invalid";

/**
 * Where to send a visitor after sign-in or sign-out: the path of `value` if it resolves to the
 * app's own origin, else `fallback`. Resolving with the URL parser, rather than inspecting the
 * string, catches what browsers do to it: `/\evil.example` and `/<tab>/evil.example` both become
 * `//evil.example`. The result is always a path the browser cannot read as another host.
 *
 * `origin` is the app's origin when `value` may be absolute (next-auth hands absolute URLs).
 */
export function safeCallbackUrl(
  value: string | null | undefined,
  { origin = APP_ORIGIN, fallback = "/" }: { origin?: string; fallback?: string } = {},
): string {
  if (!value) return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  return readsAsPath(url.pathname) ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/**
 * `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host; a
 * later decode of `/%09/evil.example` gives `/<tab>/evil.example`, which it reads the same way.
 */
function readsAsPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  // URL parsers drop tabs and newlines and treat a backslash as a slash.
  const asParsed = decoded.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
  return pathname.startsWith("/") && !asParsed.startsWith("//");
}

/** Where sign-in leads: the review when nothing was asked for, else the asked-for path if it is safe, else home. */
export function afterSignIn(callbackUrl: string | null | undefined): string {
  return callbackUrl === undefined || callbackUrl === null ? "/review" : safeCallbackUrl(callbackUrl);
}
