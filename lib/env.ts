import { z } from "zod";

/** An empty variable counts as unset, as it does for most deployment tools. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const poolSize = "must be a whole number of connections, at least 1";

const oauthPairs = [
  ["GITHUB_ID", "GITHUB_SECRET"],
  ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
] as const;

const envSchema = z
  .object({
    NODE_ENV: optional(
      z.enum(["development", "production", "test"], "must be development, production or test"),
    ).transform((value) => value ?? "development"),
    // Optional here: building the app needs no database; databaseUrl() insists once one is queried.
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")),
    DATABASE_POOL_MAX: optional(z.coerce.number(poolSize).int(poolSize).min(1, poolSize)).transform(
      (value) => value ?? 10,
    ),
    // Set by scripts/with-db.ts when it serves the embedded database.
    CLAIMDECK_EMBEDDED_DB: optional(z.string()).transform((value) => value === "1"),
    NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)")),
    NEXTAUTH_URL: optional(z.url("must be the app's public URL, e.g. https://claimdeck.example")),
    // Client addresses that sign-in and sign-up throttling counts by address skips (the e2e suite's
    // browser, which signs up many accounts from 127.0.0.1). Per-account limits still apply.
    RATE_LIMIT_EXEMPT_IPS: optional(z.string()).transform((value) =>
      value
        ? value
            .split(",")
            .map((ip) => ip.trim())
            .filter(Boolean)
        : [],
    ),
    GITHUB_ID: optional(z.string()),
    GITHUB_SECRET: optional(z.string()),
    GOOGLE_CLIENT_ID: optional(z.string()),
    GOOGLE_CLIENT_SECRET: optional(z.string()),
  })
  .superRefine((env, context) => {
    // Half a pair is a deployment mistake rather than a wish to turn the provider off.
    for (const [id, secret] of oauthPairs) {
      if (Boolean(env[id]) === Boolean(env[secret])) continue;
      const [missing, present] = env[id] ? [secret, id] : [id, secret];
      context.addIssue({ code: "custom", path: [missing], message: `must be set when ${present} is (or unset both)` });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** The variables checked; throws an EnvError naming each variable at fault. Values are never echoed. */
export function parseEnv(variables: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(variables);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new EnvError(`Invalid environment: ${problems.join("; ")}.`);
}

let cached: Env | undefined;

/**
 * The checked environment, read on first use rather than at import, so that
 * `next build` does not need the variables a running app needs.
 */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The database the app talks to, required once something queries it. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new EnvError("DATABASE_URL is not set; run the app through scripts/with-db.ts or set it.");
  return url;
}
