/** Concurrent clients, latency percentiles, and errors counted by kind. */

export type ErrorKind = "409 conflict" | "4xx refused" | "5xx server" | "network";

/** A failed step, with the kind the summary counts it under. */
export class StepError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by a step when its client has no user left with anything to review. */
export class ClientExhausted extends Error {}

export interface Run {
  latencies: number[];
  errors: Map<ErrorKind, number>;
  elapsedMs: number;
  exhaustedClients: number;
}

export interface RunOptions {
  clients: number;
  warmupMs: number;
  durationMs: number;
}

/**
 * Runs `step` in `clients` concurrent loops for the warm-up and then the measured
 * window. A step returns the milliseconds of its measured part; only steps that
 * start inside the window count, and throughput is over the window alone.
 */
export async function runClients(options: RunOptions, step: (client: number) => Promise<number>): Promise<Run> {
  const latencies: number[] = [];
  const errors = new Map<ErrorKind, number>();
  let exhaustedClients = 0;
  const measureFrom = performance.now() + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      while (performance.now() < stopAt) {
        const startedAt = performance.now();
        try {
          const latency = await step(client);
          if (startedAt >= measureFrom && startedAt < stopAt) latencies.push(latency);
        } catch (error) {
          if (error instanceof ClientExhausted) {
            exhaustedClients++;
            return;
          }
          const kind = error instanceof StepError ? error.kind : "network";
          if ((errors.get(kind) ?? 0) < 3) console.error(`  [${kind}] ${String(error)}`);
          errors.set(kind, (errors.get(kind) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsedMs = Math.min(performance.now(), stopAt) - measureFrom;
  return { latencies, errors, elapsedMs, exhaustedClients };
}

/** Several measured windows as one. */
export function mergeRuns(runs: Run[]): Run {
  const errors = new Map<ErrorKind, number>();
  for (const run of runs) for (const [kind, count] of run.errors) errors.set(kind, (errors.get(kind) ?? 0) + count);
  return {
    latencies: runs.flatMap((run) => run.latencies),
    errors,
    elapsedMs: runs.reduce((sum, run) => sum + run.elapsedMs, 0),
    exhaustedClients: Math.max(0, ...runs.map((run) => run.exhaustedClients)),
  };
}

export async function timed(work: () => Promise<void>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface Summary {
  p50: number;
  p99: number;
  throughput: number;
  errors: number;
}

export function summarise(label: string, run: Run): Summary {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const errors = [...run.errors.values()].reduce((sum, count) => sum + count, 0);
  const summary = {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    throughput: (run.latencies.length / run.elapsedMs) * 1000,
    errors,
  };
  const errorText = errors === 0 ? "errors=0" : `errors=${[...run.errors].map(([k, n]) => `${n} ${k}`).join(", ")}`;
  const exhausted = run.exhaustedClients > 0 ? `  (${run.exhaustedClients} clients ran out of users)` : "";
  console.log(
    `${label.padEnd(34)} n=${String(run.latencies.length).padStart(6)}  p50=${summary.p50.toFixed(2).padStart(7)} ms  ` +
      `p99=${summary.p99.toFixed(2).padStart(7)} ms  throughput=${summary.throughput.toFixed(0).padStart(5)}/s  ` +
      `${errorText}${exhausted}`,
  );
  return summary;
}
