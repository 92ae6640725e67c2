import { env, EnvError, type Env } from "../env";
import { localAuthSecret } from "./local-secret";

export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET is not set. A production server signs session tokens with it and will not start " +
  "without one: set it to a long random value (for example `openssl rand -base64 32`), the same on every " +
  "app server.";

let localSecret: string | undefined;

/**
 * The key that signs and encrypts session tokens. Never a value from the repository: in production
 * it must be configured; local runs (dev, tests) generate one once and keep it in `.data/`.
 */
export function authSecret(variables: Pick<Env, "NEXTAUTH_SECRET" | "NODE_ENV"> = env()): string {
  const { NEXTAUTH_SECRET, NODE_ENV } = variables;
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (NODE_ENV === "production") throw new EnvError(MISSING_SECRET_MESSAGE);
  localSecret ??= localAuthSecret();
  return localSecret;
}
