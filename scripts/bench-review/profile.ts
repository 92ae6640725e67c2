/** Sums a V8 CPU profile of the server by where the time went (npm run bench:review -- --profile). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const CATEGORIES: [string, (node: ProfileNode) => boolean][] = [
  ["idle", (n) => n.callFrame.functionName === "(idle)"],
  ["garbage collection", (n) => n.callFrame.functionName === "(garbage collector)"],
  [
    "socket writes: pg queries and responses",
    (n) => /^(writev|writeUtf8String|writeBuffer)$/.test(n.callFrame.functionName),
  ],
  ["session token (next-auth, jose)", (n) => /next-auth|jose|hkdf/.test(n.callFrame.url)],
  ["ts-fsrs", (n) => /ts-fsrs/.test(n.callFrame.url)],
  ["pg driver", (n) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(n.callFrame.url)],
  ["zod", (n) => /node_modules\/zod\//.test(n.callFrame.url)],
  ["JSON", (n) => /^(parse|stringify)$/.test(n.callFrame.functionName) && n.callFrame.url === ""],
  ["app code", (n) => /\.next\/server\/(app|chunks)/.test(n.callFrame.url) && !/node_modules/.test(n.callFrame.url)],
  ["Next.js server and routing", (n) => /next\/dist|\.next\//.test(n.callFrame.url)],
  [
    "web Request/Response (undici, web streams)",
    (n) => /node:internal\/(deps\/undici|webstreams)/.test(n.callFrame.url),
  ],
  ["node internals (http, streams, timers)", (n) => n.callFrame.url.startsWith("node:")],
  ["V8 (program, microtasks)", (n) => /^\((program)\)$|^runMicrotasks$/.test(n.callFrame.functionName)],
  ["other", () => true],
];

/** Milliseconds of CPU per category, over the whole profile. */
export function summariseProfile(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const [category] = CATEGORIES.find(([, matches]) => matches(node))!;
    totals.set(category, (totals.get(category) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return totals;
}

export function printProfiles(directory: string, reviews: number) {
  const files = readdirSync(directory).filter((file) => file.endsWith(".cpuprofile"));
  const totals = new Map<string, number>();
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(directory, file), "utf8")) as CpuProfile;
    for (const [category, ms] of summariseProfile(profile)) totals.set(category, (totals.get(category) ?? 0) + ms);
  }
  const busy = [...totals].filter(([category]) => category !== "idle").reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\nserver CPU profile (${files.length} file(s), ${reviews} graded reviews): ${busy.toFixed(0)} ms busy`);
  for (const [category, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
    if (category === "idle") continue;
    const perReview = reviews > 0 ? ` ${((ms / reviews) * 1000).toFixed(0).padStart(5)} µs/review` : "";
    console.log(
      `  ${category.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms ${((ms / busy) * 100).toFixed(1).padStart(5)}%${perReview}`,
    );
  }
}
