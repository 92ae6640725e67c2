import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where a local run keeps its session secret: inside the gitignored data folder. */
export const LOCAL_SECRET_PATH = path.join(".data", "auth-secret");

const SECRET_BYTES = 32;
// base64url of 32 bytes; anything shorter is a truncated write.
const MIN_SECRET_LENGTH = 43;

function readSecret(file: string): string | null {
  try {
    const secret = readFileSync(file, "utf8").trim();
    return secret.length >= MIN_SECRET_LENGTH ? secret : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * The secret of local runs, generated on first use and reused afterwards, so sessions survive
 * restarts without anyone configuring anything. Two processes starting at once agree on one
 * file: the first write wins (`wx`), the other reads it.
 */
export function localAuthSecret(root = process.cwd()): string {
  const file = path.join(root, LOCAL_SECRET_PATH);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(SECRET_BYTES).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const winner = readSecret(file);
    if (winner) return winner;
    // A file left empty by an interrupted write: replace it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}
