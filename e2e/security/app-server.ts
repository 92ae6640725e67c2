import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** A production server of the built app on its own port and database, to kill and restart at will. */
export class AppServer {
  private child: ChildProcess | null = null;
  readonly url: string;

  constructor(
    private readonly port: number,
    private readonly databaseUrl: string,
    /** The public URL next-auth is told about: an https URL stands for a TLS-terminating proxy in front. */
    private readonly publicUrl?: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const next = path.join(process.cwd(), "node_modules", ".bin", "next");
    this.child = spawn(next, ["start", "-p", String(this.port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        NEXTAUTH_URL: this.publicUrl ?? this.url,
        DATABASE_POOL_MAX: "4",
      },
      stdio: "ignore",
      detached: true,
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const ready = await fetch(`${this.url}/api/auth/csrf`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the app did not start on ${this.url}`);
  }

  /** SIGKILL to the server's process group: no graceful shutdown, as in a crash. */
  kill(): void {
    if (this.child?.pid) process.kill(-this.child.pid, "SIGKILL");
    this.child = null;
  }
}
