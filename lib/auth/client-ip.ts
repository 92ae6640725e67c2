/**
 * The client's address, for throttling by address. Next.js fills X-Forwarded-For with the socket's
 * address when the request has none; a reverse proxy appends the address it saw, so the last entry
 * is the one a proxy vouches for. Without a proxy in front, a client can put any address there:
 * production runs behind one (README), and per-account limits do not depend on it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  if (!last) return "unknown";
  // Dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d.
  return last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").slice(0, 64);
}
