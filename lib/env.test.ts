import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError, parseEnv } from "./env";

const complete = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://claimdeck@db.internal:5432/claimdeck",
  DATABASE_POOL_MAX: "16",
  NEXTAUTH_SECRET: "a long random secret, at least 32 characters",
  NEXTAUTH_URL: "https://claimdeck.example",
  GITHUB_ID: "github-id",
  GITHUB_SECRET: "github-secret",
  GOOGLE_CLIENT_ID: "google-id",
  GOOGLE_CLIENT_SECRET: "google-secret",
};

function errorOf(variables: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(variables);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("parseEnv accepted the variables");
}

describe("parseEnv", () => {
  it("reads a complete environment, with the pool size as a number", () => {
    expect(parseEnv(complete)).toEqual({
      ...complete,
      DATABASE_POOL_MAX: 16,
      CLAIMDECK_EMBEDDED_DB: false,
      RATE_LIMIT_EXEMPT_IPS: [],
    });
  });

  it("needs nothing to build or run locally, and fills in the defaults", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_POOL_MAX: 10,
      CLAIMDECK_EMBEDDED_DB: false,
      RATE_LIMIT_EXEMPT_IPS: [],
    });
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_POOL_MAX: "", NEXTAUTH_SECRET: "", GITHUB_ID: "", GITHUB_SECRET: "" })).toEqual({
      NODE_ENV: "development",
      DATABASE_POOL_MAX: 10,
      CLAIMDECK_EMBEDDED_DB: false,
      RATE_LIMIT_EXEMPT_IPS: [],
    });
  });

  it("reads the addresses exempt from per-address throttling as a list", () => {
    expect(parseEnv({ RATE_LIMIT_EXEMPT_IPS: " 127.0.0.1, ::1 ," }).RATE_LIMIT_EXEMPT_IPS).toEqual([
      "127.0.0.1",
      "::1",
    ]);
  });

  it("knows when it runs on the embedded database", () => {
    expect(parseEnv({ CLAIMDECK_EMBEDDED_DB: "1" }).CLAIMDECK_EMBEDDED_DB).toBe(true);
  });

  it.each(["abc", "0", "-3", "2.5"])("refuses DATABASE_POOL_MAX=%s, naming the variable", (value) => {
    expect(errorOf({ DATABASE_POOL_MAX: value }).message).toBe(
      "Invalid environment: DATABASE_POOL_MAX must be a whole number of connections, at least 1.",
    );
  });

  it("refuses half an OAuth pair, naming the missing half", () => {
    expect(errorOf({ GITHUB_ID: "github-id" }).message).toBe(
      "Invalid environment: GITHUB_SECRET must be set when GITHUB_ID is (or unset both).",
    );
    expect(errorOf({ GOOGLE_CLIENT_SECRET: "google-secret" }).message).toBe(
      "Invalid environment: GOOGLE_CLIENT_ID must be set when GOOGLE_CLIENT_SECRET is (or unset both).",
    );
  });

  it("lists every variable at fault without echoing their values", () => {
    const message = errorOf({ DATABASE_URL: "mysql://root:hunter2@db/app", NEXTAUTH_URL: "claimdeck" }).message;
    expect(message).toContain("DATABASE_URL must be a postgresql:// connection string");
    expect(message).toContain("NEXTAUTH_URL must be the app's public URL");
    expect(message).not.toContain("hunter2");
  });

  it("refuses an unknown NODE_ENV", () => {
    expect(errorOf({ NODE_ENV: "staging" }).message).toContain("NODE_ENV must be development, production or test");
  });
});

describe("env and databaseUrl", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("read process.env once, on first use", async () => {
    vi.stubEnv("DATABASE_POOL_MAX", "7");
    const { env } = await import("./env");
    expect(env().DATABASE_POOL_MAX).toBe(7);
    vi.stubEnv("DATABASE_POOL_MAX", "not a number");
    expect(env().DATABASE_POOL_MAX).toBe(7);
  });

  it("databaseUrl says DATABASE_URL is missing only when it is asked for", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const { databaseUrl, env } = await import("./env");
    expect(env().DATABASE_URL).toBeUndefined();
    expect(() => databaseUrl()).toThrow(/^DATABASE_URL is not set/);
  });
});
