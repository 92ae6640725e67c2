/**
 * Whether an error means the database could not be reached (refused, reset, shut down,
 * restarting, out of connections), as opposed to a query that failed. Such errors come from pg
 * directly, or wrapped by Prisma and its driver adapter; their messages name the server's
 * address, so callers answer them with a generic 503 instead.
 */

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);
/** SQLSTATE: admin or crash shutdown, cannot connect now (starting or stopping), too many connections. */
const SERVER_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** Prisma: can't reach, timed out, closed connection, pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = new RegExp(
  [
    "Connection terminated",
    "Can't reach database server",
    "timeout exceeded when trying to connect",
    "Client has encountered a connection error",
    "Connection ended unexpectedly",
    "server closed the connection",
  ].join("|"),
  "i",
);

function describesOutage(error: Record<string, unknown>): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (NETWORK_CODES.has(code) || SERVER_STATES.has(code) || PRISMA_CODES.has(code) || code.startsWith("08"))
    return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  if (error.kind === "postgres" && typeof error.code === "string") return false;
  return typeof error.message === "string" && MESSAGES.test(error.message);
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const record = error as Record<string, unknown>;
  if (describesOutage(record)) return true;
  if (Array.isArray(record.errors) && record.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  return isDatabaseUnavailable(record.cause, depth + 1);
}
