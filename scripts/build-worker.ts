/**
 * Bundles the generator's worker-thread entry into .build/generator-task.mjs: worker threads
 * load a file at run time, and under `next start` the TypeScript sources are not loadable.
 * Packages stay external and load from node_modules.
 */
import path from "node:path";
import { buildSync } from "esbuild";

export function buildGeneratorWorker() {
  const root = path.resolve(import.meta.dirname, "..");
  buildSync({
    entryPoints: [path.join(root, "lib/generator/worker/task.ts")],
    outfile: path.join(root, ".build/generator-task.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) buildGeneratorWorker();
