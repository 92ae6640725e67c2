/**
 * Runs a command against a migrated, seeded database.
 *
 *   tsx scripts/with-db.ts <profile> -- <command...>
 *
 * With DATABASE_URL set, that PostgreSQL is used (the database is created if
 * missing). Without it, an embedded PostgreSQL (PGlite) is served on a free
 * loopback port from .data/pglite/<profile>, so dev and test never share files
 * or ports.
 *
 * Without NEXTAUTH_SECRET, the command gets the local secret from .data/auth-secret
 * (generated on first use), so `next start`, which refuses to run without a secret,
 * works for local runs and tests with no configuration.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { localAuthSecret } from "../lib/auth/local-secret";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function parseArgs(argv: string[]) {
  const separator = argv.indexOf("--");
  if (separator < 1 || separator === argv.length - 1) {
    console.error("usage: tsx scripts/with-db.ts <profile> -- <command...>");
    process.exit(2);
  }
  return { profile: argv[0], command: argv.slice(separator + 1) };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, cwd: root });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (error) => {
      console.error(`[db] could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function ensureDatabaseExists(url: string) {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  if (!database) return;
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
  } finally {
    await probe.end().catch(() => {});
  }
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    console.log(`[db] created database ${database}`);
  } finally {
    await client.end();
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startEmbedded(profile: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dataDir = path.join(root, ".data", "pglite", profile);
  mkdirSync(dataDir, { recursive: true });
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const holder = Number(readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      console.error(`[db] ${dataDir} is in use by process ${holder}; stop it or set DATABASE_URL.`);
      process.exit(1);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 64 });
  await server.start();
  const port = (server as unknown as { port: number }).port;
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  console.log(`[db] embedded PostgreSQL (PGlite) at 127.0.0.1:${port}, data in ${path.relative(root, dataDir)}`);
  const stop = async () => {
    await server.stop().catch(() => {});
    await db.close().catch(() => {});
    rmSync(lockFile, { force: true });
  };
  return { url, stop };
}

async function main() {
  const { profile, command } = parseArgs(process.argv.slice(2));
  let stopEmbedded: (() => Promise<void>) | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  const env: NodeJS.ProcessEnv = { ...process.env };

  if (databaseUrl) {
    await ensureDatabaseExists(databaseUrl);
  } else {
    const embedded = await startEmbedded(profile);
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
    // PGlite runs one query at a time; a small pool per process avoids long queues.
    env.DATABASE_POOL_MAX ??= "4";
    env.CLAIMDECK_EMBEDDED_DB = "1";
  }
  env.DATABASE_URL = databaseUrl;
  env.NEXT_TELEMETRY_DISABLED ??= "1";
  env.NEXTAUTH_SECRET ||= localAuthSecret(root);

  let code = await run(bin("prisma"), ["migrate", "deploy"], env);
  if (code === 0 && process.env.CLAIMDECK_SKIP_SEED !== "1") {
    code = await run(bin("tsx"), ["prisma/seed.ts"], env);
  }
  if (code === 0) code = await run(command[0], command.slice(1), env);
  await stopEmbedded?.();
  process.exit(code);
}

main().catch((error) => {
  console.error("[db]", error instanceof Error ? error.message : error);
  process.exit(1);
});
