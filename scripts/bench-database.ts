/** Benchmarks write to a database of their own beside DATABASE_URL, never to the one you develop against. */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

function benchDatabaseUrl(suffix: string): string | undefined {
  const configured = process.env.DATABASE_URL;
  if (!configured) return undefined;
  const url = new URL(configured);
  const name = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  url.pathname = `/${name.endsWith(suffix) ? name : `${name}${suffix}`}`;
  return url.toString();
}

/**
 * Runs `script --measure` under scripts/with-db.ts against `<database><suffix>` (or an
 * embedded database of the profile's own), passing this process's arguments on.
 */
export function relaunchAgainstBenchDatabase(script: string, suffix: string, profile: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CLAIMDECK_SKIP_SEED: "1" };
  const benchUrl = benchDatabaseUrl(suffix);
  if (benchUrl) env.DATABASE_URL = benchUrl;
  else delete env.DATABASE_URL;
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const args = ["scripts/with-db.ts", profile, "--", tsx, script, "--measure", ...process.argv.slice(2)];
  const child = spawn(tsx, args, { stdio: "inherit", env, cwd: root });
  child.on("exit", (code) => process.exit(code ?? 1));
}
