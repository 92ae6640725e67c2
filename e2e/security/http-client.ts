import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";

export interface StreamOutcome {
  status: number;
  /** Bytes written before the server answered or closed the connection. */
  sentBytes: number;
  ms: number;
}

/**
 * Streams `totalBytes` as a chunked body (no Content-Length) and stops as soon as the server
 * answers: how a client would try to slip a large body past a declared-length check.
 */
export function streamChunked(
  url: string,
  headers: Record<string, string>,
  totalBytes: number,
): Promise<StreamOutcome> {
  const started = performance.now();
  const chunk = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const request = http.request(
      url,
      { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } },
      (response) => {
        answered = true;
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, sentBytes, ms: performance.now() - started }),
        );
      },
    );
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}

/** Resident memory of the process listening on `port`, in MB, read from /proc. */
export function serverRssMb(port: number): number {
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = listing.match(/pid=(\d+)/)?.[1];
  if (!pid) throw new Error(`no process listens on ${port}`);
  const rss = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)?.[1];
  return Number(rss) / 1024;
}
