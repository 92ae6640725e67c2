/**
 * Bundles the generator's worker-thread entry into .build/generator-task.mjs: worker threads
 * load a file at run time, and under `next start` the TypeScript sources are not loadable.
 * Packages stay external and load from node_modules.
 *
 * Also bundles the service worker (worker/sw.ts, with Serwist) into public/sw.js: Next.js serves
 * it from public/ at the site's root, which a service worker's scope needs.
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

export function buildServiceWorker() {
  const root = path.resolve(import.meta.dirname, "..");
  buildSync({
    entryPoints: [path.join(root, "worker/sw.ts")],
    outfile: path.join(root, "public/sw.js"),
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    // A new build id is a new precache revision, so installed apps pick up the new shell.
    define: { "process.env.NODE_ENV": '"production"', BUILD_ID: JSON.stringify(Date.now().toString(36)) },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  buildGeneratorWorker();
  buildServiceWorker();
}
