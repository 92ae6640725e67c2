/**
 * A private PostgreSQL cluster for fault tests: its own data directory and port, started and
 * stopped at will. initdb refuses to run as root, so as root (CI) the server runs as the
 * `postgres` user through runuser, in a temporary directory that user owns.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface PrivatePostgres {
  url: string;
  start(): void;
  stop(): void;
  remove(): void;
}

function serverBinaries(): string | null {
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const candidates = [fromConfig.stdout?.trim(), "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"];
  return (
    candidates.find((dir) => dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ??
    null
  );
}

/** Why the private cluster cannot run here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!serverBinaries()) return "no PostgreSQL server binaries (initdb, pg_ctl) on this machine";
  if (process.getuid?.() === 0 && spawnSync("id", ["-u", "postgres"]).status !== 0) {
    return "running as root without a postgres user to run the server as";
  }
  return null;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function createPrivatePostgres(database: string): Promise<PrivatePostgres> {
  const bin = serverBinaries()!;
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimdeck-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot
      ? (["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] as const)
      : ([path.join(bin, tool), args] as const);
    execFileSync(command[0], [...command[1]], { stdio: "pipe", cwd: dir });
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]),
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
