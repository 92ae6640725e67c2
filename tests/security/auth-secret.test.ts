import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { localAuthSecret, LOCAL_SECRET_PATH } from "@/lib/auth/local-secret";
import { authSecret, MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";
import { EnvError, parseEnv } from "@/lib/env";

const roots: string[] = [];
const freshRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), "claimdeck-secret-"));
  roots.push(root);
  return root;
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the session secret", () => {
  it("refuses to run a production server without NEXTAUTH_SECRET, saying what to set", () => {
    const production = parseEnv({ NODE_ENV: "production" });
    expect(() => authSecret(production)).toThrow(EnvError);
    expect(() => authSecret(production)).toThrow(MISSING_SECRET_MESSAGE);
  });

  it("uses NEXTAUTH_SECRET when set, and refuses one too short to be a key", () => {
    const secret = "s".repeat(32);
    expect(authSecret(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }))).toBe(secret);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "change-me" })).toThrow(/NEXTAUTH_SECRET must be at least 32/);
  });

  it("generates a local secret once, private to its owner, and reuses it", () => {
    const root = freshRoot();
    const first = localAuthSecret(root);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(localAuthSecret(root)).toBe(first);
    const file = path.join(root, LOCAL_SECRET_PATH);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localAuthSecret(freshRoot())).not.toBe(first);
  });

  it("replaces a secret file left empty by an interrupted write", () => {
    const root = freshRoot();
    localAuthSecret(root);
    writeFileSync(path.join(root, LOCAL_SECRET_PATH), "");
    expect(localAuthSecret(root)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("keeps the data folder out of git", () => {
    const ignored = readFileSync(path.join(__dirname, "../../.gitignore"), "utf8").split("\n");
    expect(ignored).toContain(".data/");
    expect(LOCAL_SECRET_PATH.startsWith(".data")).toBe(true);
  });
});
